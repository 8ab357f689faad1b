import { Alert, Badge, Button, Card, List, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/graphql';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import type { SubmitFamilyChangesInput } from '../gql/graphql';
import { formatDate } from '../i18n';
import { ConsoleShell } from '../shell/console-shell';
import { ApiErrorAlert, fieldError } from '../ui/api-error';

const MyFamilyDocument = graphql(`
  query FamilyProfile {
    myFamily {
      id version contactPhone contactEmail address settlement availabilityNote acceptingPlacements capacity
      pendingChanges { id createdAt fields { field proposedValue decision } }
      placements { id form status transitions { id to at } }
    }
  }
`);

const SubmitDocument = graphql(`
  mutation FamilySubmitChanges($input: SubmitFamilyChangesInput!) {
    submitFamilyChanges(input: $input) { id status }
  }
`);

type Editable = 'contactPhone' | 'contactEmail' | 'address' | 'settlement' | 'availabilityNote';
const TEXT_FIELDS: Editable[] = ['contactPhone', 'contactEmail', 'address', 'settlement', 'availabilityNote'];

/** The family's own profile, edited as a change request its worker reviews, and its placements' steps. */
export default function FamilyRoutes() {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery(MyFamilyDocument, {});
  const family = data?.myFamily;
  const [values, setValues] = useState<Record<Editable, string> & { acceptingPlacements: boolean; capacity: number }>();
  const [saveError, setSaveError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (family && !values) {
      setValues({
        contactPhone: family.contactPhone ?? '', contactEmail: family.contactEmail ?? '', address: family.address ?? '',
        settlement: family.settlement, availabilityNote: family.availabilityNote ?? '',
        acceptingPlacements: family.acceptingPlacements, capacity: family.capacity,
      });
    }
  }, [family, values]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!family || !values) return;
    // Only what changed is proposed: the rest stays as the record has it.
    const input: SubmitFamilyChangesInput = { version: family.version };
    for (const field of TEXT_FIELDS) if (values[field] !== (family[field] ?? '')) input[field] = values[field];
    if (values.acceptingPlacements !== family.acceptingPlacements) input.acceptingPlacements = values.acceptingPlacements;
    if (values.capacity !== family.capacity) input.capacity = values.capacity;
    setBusy(true);
    setSaveError(undefined);
    try {
      await request(SubmitDocument, { input });
      setSaved(true);
      reload();
    } catch (caught) {
      setSaveError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConsoleShell sections={[{ to: '/family', label: t('family.title'), end: true }]}>
      <Stack maw={880}>
        <Title order={2}>{t('family.title')}</Title>
        <ApiErrorAlert error={error} />
        {family && family.pendingChanges.length > 0 && (
          <Alert variant="filled" color="grape.9" title={t('family.pending')}>
            <List>
              {family.pendingChanges.flatMap((change) =>
                change.fields.map((field) => (
                  <List.Item key={`${change.id}-${field.field}`}>
                    {t(`family.field.${field.field}`, { defaultValue: field.field })}: {JSON.stringify(field.proposedValue)} ({formatDate(change.createdAt)})
                  </List.Item>
                )),
              )}
            </List>
          </Alert>
        )}
        {values && (
          <form onSubmit={submit} noValidate>
            <Card withBorder>
              <Stack>
                <Title order={3} size="h4">{t('family.profile')}</Title>
                <ApiErrorAlert error={saveError} />
                {saved && !saveError && <Alert variant="filled" color="blue.9">{t('family.sent')}</Alert>}
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {TEXT_FIELDS.filter((field) => field !== 'availabilityNote').map((field) => (
                    <TextInput key={field} label={t(`family.field.${field}`)} value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.currentTarget.value })} error={fieldError(saveError, field)} />
                  ))}
                  <NumberInput label={t('family.field.capacity')} min={0} max={10} value={values.capacity} onChange={(value) => setValues({ ...values, capacity: Number(value) || 0 })} error={fieldError(saveError, 'capacity')} />
                </SimpleGrid>
                <Switch label={t('family.field.acceptingPlacements')} checked={values.acceptingPlacements} onChange={(event) => setValues({ ...values, acceptingPlacements: event.currentTarget.checked })} />
                <Textarea label={t('family.field.availabilityNote')} value={values.availabilityNote} onChange={(event) => setValues({ ...values, availabilityNote: event.currentTarget.value })} error={fieldError(saveError, 'availabilityNote')} />
                <Button type="submit" loading={busy} w="fit-content">{t('family.submit')}</Button>
              </Stack>
            </Card>
          </form>
        )}
        {family && (
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">{t('family.placements')}</Title>
            {family.placements.length === 0 && <Text>{t('worker.child.noPlacements')}</Text>}
            <List>
              {family.placements.map((placement) => (
                <List.Item key={placement.id}>
                  {t(`enums.PlacementForm.${placement.form}`)} <Badge variant="outline">{t(`enums.PlacementStatus.${placement.status}`)}</Badge>
                  <List>
                    {placement.transitions.map((transition) => (
                      <List.Item key={transition.id}>{formatDate(transition.at)}: {t(`enums.PlacementStatus.${transition.to}`)}</List.Item>
                    ))}
                  </List>
                </List.Item>
              ))}
            </List>
          </Card>
        )}
      </Stack>
    </ConsoleShell>
  );
}
