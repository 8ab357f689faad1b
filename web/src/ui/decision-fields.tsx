import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/graphql';
import type { DecisionKind, PlacementForm } from '../gql/graphql';
import { fieldError } from './api-error';

export const DECISIONS: DecisionKind[] = ['COURT_DECISION', 'GUARDIANSHIP_AUTHORITY_ACT', 'CONTRACT'];

/** The decision a form usually needs (the server checks it: src/modules/placements): a starting choice only. */
export function usualDecision(form: PlacementForm): DecisionKind {
  if (form === 'ADOPTION') return 'COURT_DECISION';
  if (form === 'FOSTER_FAMILY' || form === 'PROFESSIONAL_FOSTER_FAMILY' || form === 'PATRONAGE') return 'CONTRACT';
  return 'GUARDIANSHIP_AUTHORITY_ACT';
}

export interface Decision {
  decisionKind: DecisionKind;
  decisionReference: string;
  decisionDate: string;
}

/** The decision an approval records: its kind, number and date, each with the API's error beside it. */
export function DecisionFields({ value, onChange, error }: { value: Decision; onChange(next: Decision): void; error?: ApiError }) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('worker.placement.decisionKind')}
        data={DECISIONS.map((kind) => ({ value: kind, label: t(`enums.DecisionKind.${kind}`) }))}
        value={value.decisionKind}
        onChange={(kind) => onChange({ ...value, decisionKind: (kind ?? value.decisionKind) as DecisionKind })}
        allowDeselect={false}
        error={fieldError(error, 'decisionKind')}
      />
      <TextInput label={t('worker.placement.decisionReference')} required value={value.decisionReference} onChange={(event) => onChange({ ...value, decisionReference: event.currentTarget.value })} error={fieldError(error, 'decisionReference')} />
      <TextInput type="date" label={t('worker.placement.decisionDate')} required value={value.decisionDate} onChange={(event) => onChange({ ...value, decisionDate: event.currentTarget.value })} error={fieldError(error, 'decisionDate')} />
    </>
  );
}
