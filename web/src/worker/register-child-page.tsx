import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { iinProblem } from '../../../src/shared/iin';
import { ApiError, request } from '../api/graphql';
import { useSession } from '../api/session';
import { graphql } from '../gql';
import type { HealthGroup, LegalStatus, Sex } from '../gql/graphql';
import { ApiErrorAlert, fieldError } from '../ui/api-error';

const RegisterChildDocument = graphql(`
  mutation WorkerRegisterChild($input: RegisterChildInput!) {
    registerChild(input: $input) { id }
  }
`);

export const LEGAL_STATUSES: LegalStatus[] = [
  'ORPHAN',
  'LEFT_WITHOUT_PARENTAL_CARE',
  'ABANDONED',
  'PARENTS_DEPRIVED_OF_RIGHTS',
  'PARENTS_LIMITED_IN_RIGHTS',
  'PARENTS_INCAPACITATED',
  'PARENTS_MISSING',
  'PARENTS_SERVING_SENTENCE',
];
const HEALTH_GROUPS: HealthGroup[] = ['I', 'II', 'III', 'IV', 'V'];

const today = () => new Date().toISOString().slice(0, 10);

/** Registers a child in the data bank; the IIN is checked as it is typed, against the birth date and sex. */
export function RegisterChildPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({
    lastName: '', firstName: '', middleName: '', birthDate: '', sex: '' as Sex | '', iin: '',
    legalStatus: '' as LegalStatus | '', healthGroup: 'I' as HealthGroup, registeredAt: today(), settlement: '', caseNotes: '',
  });
  const [confirmNotDuplicate, setConfirmNotDuplicate] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [missing, setMissing] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (value: string | null) => setValues((previous) => ({ ...previous, [key]: value ?? '' }));

  const problem = values.iin ? iinProblem(values.iin, { birthDate: values.birthDate || undefined, sex: values.sex || undefined }) : null;
  // Format errors wait for the twelfth digit; the rest show at once.
  const iinMessage = problem && (problem !== 'FORMAT' || values.iin.length >= 12 || /\D/.test(values.iin)) ? t(`worker.register.iin.${problem}`) : undefined;
  const required = ['lastName', 'firstName', 'birthDate', 'sex', 'iin', 'legalStatus', 'registeredAt'] as const;
  const errorOf = (field: keyof typeof values) => (missing.includes(field) ? t('errors.required') : fieldError(error, field));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const empty = required.filter((field) => !values[field]);
    setMissing(empty);
    if (empty.length || problem) return;
    setBusy(true);
    setError(undefined);
    try {
      const { registerChild } = await request(RegisterChildDocument, {
        input: {
          lastName: values.lastName, firstName: values.firstName, middleName: values.middleName || undefined,
          birthDate: values.birthDate, sex: values.sex as Sex, iin: values.iin, legalStatus: values.legalStatus as LegalStatus,
          healthGroup: values.healthGroup, registeredAt: values.registeredAt, regionCode: user?.regionCode ?? '',
          settlement: values.settlement || undefined, caseNotes: values.caseNotes || undefined,
          ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
        },
      });
      navigate(`/worker/children/${registerChild.id}`);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={880}>
        <Title order={2}>{t('worker.register.title')}</Title>
        <ApiErrorAlert error={error} />
        {error?.code === 'POSSIBLE_DUPLICATE' && (
          <Alert variant="filled" color="grape.9">
            <Checkbox label={t('worker.register.confirmNotDuplicate')} checked={confirmNotDuplicate} onChange={(event) => setConfirmNotDuplicate(event.currentTarget.checked)} />
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('worker.register.lastName')} required value={values.lastName} onChange={(event) => set('lastName')(event.currentTarget.value)} error={errorOf('lastName')} />
          <TextInput label={t('worker.register.firstName')} required value={values.firstName} onChange={(event) => set('firstName')(event.currentTarget.value)} error={errorOf('firstName')} />
          <TextInput label={t('worker.register.middleName')} value={values.middleName} onChange={(event) => set('middleName')(event.currentTarget.value)} error={errorOf('middleName')} />
          <TextInput type="date" label={t('worker.child.birthDate')} required value={values.birthDate} onChange={(event) => set('birthDate')(event.currentTarget.value)} error={errorOf('birthDate')} />
          <Select label={t('worker.child.sex')} required data={(['FEMALE', 'MALE'] as Sex[]).map((value) => ({ value, label: t(`enums.Sex.${value}`) }))} value={values.sex || null} onChange={set('sex')} error={errorOf('sex')} />
          <TextInput
            label={t('worker.child.iin')}
            required
            inputMode="numeric"
            maxLength={12}
            value={values.iin}
            onChange={(event) => set('iin')(event.currentTarget.value.trim())}
            error={iinMessage ?? errorOf('iin')}
          />
          <Select label={t('worker.child.legalStatus')} required data={LEGAL_STATUSES.map((value) => ({ value, label: t(`enums.LegalStatus.${value}`) }))} value={values.legalStatus || null} onChange={set('legalStatus')} error={errorOf('legalStatus')} />
          <Select label={t('worker.child.healthGroup')} data={HEALTH_GROUPS} value={values.healthGroup} onChange={(value) => set('healthGroup')(value ?? 'I')} allowDeselect={false} error={errorOf('healthGroup')} />
          <TextInput type="date" label={t('worker.child.registeredAt')} required value={values.registeredAt} onChange={(event) => set('registeredAt')(event.currentTarget.value)} error={errorOf('registeredAt')} />
          <TextInput label={t('worker.register.settlement')} value={values.settlement} onChange={(event) => set('settlement')(event.currentTarget.value)} error={errorOf('settlement')} />
        </SimpleGrid>
        <Textarea label={t('worker.child.caseNotes')} value={values.caseNotes} onChange={(event) => set('caseNotes')(event.currentTarget.value)} error={errorOf('caseNotes')} />
        <Group>
          <Button type="submit" loading={busy}>{t('worker.register.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
