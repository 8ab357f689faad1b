import { Accordion, Badge, Button, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, request } from '../api/graphql';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import type { PlacementForm } from '../gql/graphql';
import { formatDate, formatNumber } from '../i18n';
import { ApiErrorAlert } from '../ui/api-error';
import { familyName, personName } from '../ui/names';
import { RuleReasons } from '../ui/rule-reasons';

const CandidatesDocument = graphql(`
  query WorkerCandidates($childId: ID!, $form: PlacementForm!, $asOf: LocalDate, $includeIneligible: Boolean!) {
    child(id: $childId) { id firstName lastName middleName age }
    placementCandidates(childId: $childId, form: $form, asOf: $asOf, includeIneligible: $includeIneligible, first: 20) {
      asOf eligible score policyVersion pendingActions
      family { id settlement capacity applicants { firstName lastName } }
      reasons { code kind outcome message legalBasis overridden }
    }
  }
`);

const ProposeDocument = graphql(`
  mutation WorkerPropose($input: ProposePlacementInput!) {
    proposePlacement(input: $input) { id status }
  }
`);

export const FORMS: PlacementForm[] = ['ADOPTION', 'GUARDIANSHIP', 'CUSTODY', 'PATRONAGE', 'FOSTER_FAMILY', 'PROFESSIONAL_FOSTER_FAMILY', 'GUEST_FAMILY'];

/** The families that may take the child, ranked, each rule's outcome with its reason and legal basis; "what if" by date. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const form = (params.get('form') as PlacementForm | null) ?? 'GUARDIANSHIP';
  const asOf = params.get('asOf') || undefined;
  const includeIneligible = params.get('all') === '1';
  const { data, error } = useQuery(CandidatesDocument, { childId: id, form, asOf, includeIneligible });
  const [proposing, setProposing] = useState<string>();
  const [proposeError, setProposeError] = useState<ApiError>();

  const update = (key: string, value: string | undefined) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  async function propose(familyId: string) {
    setProposing(familyId);
    setProposeError(undefined);
    try {
      const { proposePlacement } = await request(ProposeDocument, { input: { childId: id, familyId, form } });
      navigate(`/worker/placements/${proposePlacement.id}`);
    } catch (caught) {
      setProposeError(caught as ApiError);
    } finally {
      setProposing(undefined);
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('worker.candidates.title', { name: data ? personName(data.child) : '…' })}</Title>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('worker.placement.form')}
          data={FORMS.map((value) => ({ value, label: t(`enums.PlacementForm.${value}`) }))}
          value={form}
          onChange={(value) => update('form', value ?? undefined)}
          allowDeselect={false}
          w={{ base: '100%', sm: 280 }}
        />
        <TextInput type="date" label={t('worker.candidates.asOf')} value={asOf ?? ''} onChange={(event) => update('asOf', event.currentTarget.value)} w={{ base: '100%', sm: 200 }} />
        <Switch label={t('worker.candidates.includeIneligible')} checked={includeIneligible} onChange={(event) => update('all', event.currentTarget.checked ? '1' : undefined)} />
      </Group>
      <ApiErrorAlert error={error ?? proposeError} />
      {data && data.placementCandidates.length === 0 && <Text>{t('worker.candidates.none')}</Text>}
      {data && data.placementCandidates.length > 0 && (
        <Accordion variant="separated" multiple>
          {data.placementCandidates.map((candidate, rank) => (
            <Accordion.Item key={candidate.family.id} value={candidate.family.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" pr="sm">
                  <Text fw={600}>{rank + 1}. {familyName(candidate.family)}</Text>
                  <Group gap="xs">
                    <Badge color={candidate.eligible ? 'teal.9' : 'red.9'}>{candidate.eligible ? t('worker.candidates.eligible') : t('worker.candidates.ineligible')}</Badge>
                    <Text size="sm">{t('worker.candidates.score', { score: formatNumber(candidate.score, 1) })}</Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack>
                  <Text size="sm">{t('worker.candidates.policy', { version: candidate.policyVersion, asOf: formatDate(candidate.asOf) })}</Text>
                  <RuleReasons reasons={candidate.reasons} />
                  {candidate.eligible && (
                    <Button w="fit-content" loading={proposing === candidate.family.id} onClick={() => propose(candidate.family.id)}>
                      {t('worker.candidates.propose')}
                    </Button>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
