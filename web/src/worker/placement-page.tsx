import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, request } from '../api/graphql';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import type { PlacementForm, PlacementStatus } from '../gql/graphql';
import { formatDate } from '../i18n';
import { ApiErrorAlert, fieldError } from '../ui/api-error';
import { DecisionFields, usualDecision, type Decision } from '../ui/decision-fields';
import { familyName, personName } from '../ui/names';

const PlacementDocument = graphql(`
  query WorkerPlacement($id: ID!) {
    placement(id: $id) {
      id form status version decisionKind decisionReference decisionDate startedAt endsOn
      child { id firstName lastName middleName }
      family { id applicants { firstName lastName } }
      transitions { id from to at actorName note }
    }
  }
`);

const IntroductionDocument = graphql(`
  mutation WorkerStartIntroduction($input: PlacementStepInput!) { startPlacementIntroduction(input: $input) { id status version } }
`);
const TrialDocument = graphql(`
  mutation WorkerStartTrial($input: PlacementStepInput!) { startPlacementTrial(input: $input) { id status version } }
`);
const ApproveDocument = graphql(`
  mutation WorkerApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }
`);
const ActivateDocument = graphql(`
  mutation WorkerActivate($input: ActivatePlacementInput!) { activatePlacement(input: $input) { id status version } }
`);

type Step = 'INTRODUCTION' | 'TRIAL' | 'APPROVE' | 'ACTIVATE';

// Guest and professional foster families have no trial stay (src/modules/placements/placement.lifecycle.ts,
// which refuses any other move; this only picks the button to show).
const WITHOUT_TRIAL: PlacementForm[] = ['GUEST_FAMILY', 'PROFESSIONAL_FOSTER_FAMILY'];

function nextStep(status: PlacementStatus, form: PlacementForm): Step | undefined {
  if (status === 'PROPOSED') return 'INTRODUCTION';
  if (status === 'INTRODUCTION') return WITHOUT_TRIAL.includes(form) ? 'APPROVE' : 'TRIAL';
  if (status === 'TRIAL') return 'APPROVE';
  if (status === 'APPROVED') return 'ACTIVATE';
  return undefined;
}

/** One placement: its steps so far, and the next step with the decision it requires. */
export function PlacementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, reload } = useQuery(PlacementDocument, { id });
  const [values, setValues] = useState({ note: '', startedAt: '' });
  const [decision, setDecision] = useState<Decision>();
  const [stepError, setStepError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Text aria-busy="true">…</Text>;
  const { placement } = data;
  const step = nextStep(placement.status, placement.form);
  const approval = decision ?? { decisionKind: usualDecision(placement.form), decisionReference: '', decisionDate: '' };
  const set = (key: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const base = { placementId: placement.id, version: placement.version, note: values.note || undefined };
    setBusy(true);
    setStepError(undefined);
    try {
      if (step === 'INTRODUCTION') await request(IntroductionDocument, { input: base });
      if (step === 'TRIAL') await request(TrialDocument, { input: base });
      if (step === 'APPROVE') {
        await request(ApproveDocument, { input: { ...base, ...approval } });
      }
      if (step === 'ACTIVATE') await request(ActivateDocument, { input: { ...base, startedAt: values.startedAt } });
      // What was typed stays until the step is saved.
      setValues((previous) => ({ ...previous, note: '' }));
      reload();
    } catch (caught) {
      setStepError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          {t(`enums.PlacementForm.${placement.form}`)}: {personName(placement.child)} → {familyName(placement.family)}
        </Title>
        <Badge size="lg" variant="outline">{t(`enums.PlacementStatus.${placement.status}`)}</Badge>
      </Group>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">{t('worker.placement.steps')}</Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('worker.placement.when')}</Table.Th>
              <Table.Th>{t('worker.placement.status')}</Table.Th>
              <Table.Th>{t('worker.placement.by')}</Table.Th>
              <Table.Th>{t('worker.placement.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {placement.transitions.map((transition) => (
              <Table.Tr key={transition.id}>
                <Table.Td>{formatDate(transition.at)}</Table.Td>
                <Table.Td>{t(`enums.PlacementStatus.${transition.to}`)}</Table.Td>
                <Table.Td>{transition.actorName ?? '—'}</Table.Td>
                <Table.Td>{transition.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {step && (
        <Card withBorder component="form" onSubmit={submit}>
          <Stack>
            <Title order={3} size="h4">{t(`worker.placement.next.${step}`)}</Title>
            <ApiErrorAlert error={stepError} />
            {step === 'APPROVE' && <DecisionFields value={approval} onChange={setDecision} error={stepError} />}
            {step === 'ACTIVATE' && (
              <TextInput type="date" label={t('worker.placement.startedAt')} required value={values.startedAt} onChange={(event) => set('startedAt')(event.currentTarget.value)} error={fieldError(stepError, 'startedAt')} />
            )}
            <Textarea label={t('worker.placement.note')} value={values.note} onChange={(event) => set('note')(event.currentTarget.value)} error={fieldError(stepError, 'note')} />
            <Button type="submit" loading={busy} w="fit-content">{t(`worker.placement.next.${step}`)}</Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
