import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/graphql';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import type { SupervisorApprovalsQuery } from '../gql/graphql';
import { formatDate } from '../i18n';
import { ApiErrorAlert } from '../ui/api-error';
import { DecisionFields, usualDecision, type Decision } from '../ui/decision-fields';
import { familyName, personName } from '../ui/names';

// Waiting for approval: a trial stay under way, or an introduction where the form has no trial
// (guest and professional foster families: placement.lifecycle.ts).
const ApprovalsDocument = graphql(`
  query SupervisorApprovals {
    onTrial: placements(first: 50, filter: { status: [TRIAL] }) { edges { node { ...WaitingApproval } } }
    introduced: placements(first: 50, filter: { status: [INTRODUCTION], form: [GUEST_FAMILY, PROFESSIONAL_FOSTER_FAMILY] }) { edges { node { ...WaitingApproval } } }
  }
  fragment WaitingApproval on Placement {
    id form status version createdAt
    child { id firstName lastName middleName }
    family { id applicants { firstName lastName } }
    transitions { to actorName }
  }
`);

const ApproveDocument = graphql(`
  mutation SupervisorApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }
`);

type Waiting = SupervisorApprovalsQuery['onTrial']['edges'][number]['node'];

/** One placement waiting for the second pair of eyes: the decision it is approved by, or the API's refusal. */
function ApprovalCard({ placement, onApproved }: { placement: Waiting; onApproved(): void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision>({ decisionKind: usualDecision(placement.form), decisionReference: '', decisionDate: '' });
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const proposer = placement.transitions.find((transition) => transition.to === 'PROPOSED')?.actorName;
  const heading = `${personName(placement.child)} → ${familyName(placement.family)}`;

  async function approve(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await request(ApproveDocument, { input: { placementId: placement.id, version: placement.version, ...decision } });
      onApproved();
    } catch (caught) {
      // What was typed stays, beside the refusal.
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder component="form" onSubmit={approve} aria-label={heading}>
      <Stack>
        <Title order={3} size="h4">{heading}</Title>
        <Text size="sm">
          {t(`enums.PlacementForm.${placement.form}`)} · {t(`enums.PlacementStatus.${placement.status}`)} · {t('supervisor.approvals.proposed', { date: formatDate(placement.createdAt) })}
          {proposer ? ` · ${proposer}` : ''}
        </Text>
        <ApiErrorAlert error={error} />
        <DecisionFields value={decision} onChange={setDecision} error={error} />
        <Group>
          <Button type="submit" loading={busy}>{t('supervisor.approvals.approve')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The region's placements waiting for approval; whoever proposed one cannot approve it (the API says FORBIDDEN). */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery(ApprovalsDocument, {});
  const [approved, setApproved] = useState<string>();
  const waiting = data ? [...data.onTrial.edges, ...data.introduced.edges].map(({ node }) => node) : [];
  return (
    <Stack>
      <Title order={2}>{t('supervisor.approvals.title')}</Title>
      <ApiErrorAlert error={error} />
      <Text aria-live="polite">
        {approved ? `${t('supervisor.approvals.done', { name: approved })} ` : ''}
        {data ? t('supervisor.approvals.count', { count: waiting.length }) : ''}
      </Text>
      {waiting.map((placement) => (
        <ApprovalCard
          key={`${placement.id}-${placement.version}`}
          placement={placement}
          onApproved={() => {
            setApproved(personName(placement.child));
            reload();
          }}
        />
      ))}
    </Stack>
  );
}
