import { Button, Card, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/graphql';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import type { FamilyChangeField } from '../gql/graphql';
import { formatDate } from '../i18n';
import { ApiErrorAlert } from '../ui/api-error';
import { familyName } from '../ui/names';

const QueueDocument = graphql(`
  query WorkerChangeRequests {
    familyChangeRequests(first: 20, filter: { status: [PENDING] }) {
      totalCount
      edges {
        node {
          id version createdAt
          family { id version applicants { firstName lastName } }
          fields { field currentValue proposedValue conflict decision }
        }
      }
    }
  }
`);

const ReviewDocument = graphql(`
  mutation WorkerReviewChanges($input: ReviewFamilyChangesInput!) {
    reviewFamilyChanges(input: $input) { id status }
  }
`);

type Decision = { accept: boolean; reason: string };
const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** One family's request: each field's record value and proposed value side by side, decided one by one. */
function ChangeRequestCard({ request: change, onDone }: { request: NonNullable<ReturnType<typeof useQueue>['data']>['familyChangeRequests']['edges'][number]['node']; onDone(): void }) {
  const { t } = useTranslation();
  const pending = change.fields.filter((field) => field.decision === 'PENDING');
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() => Object.fromEntries(pending.map((field) => [field.field, { accept: true, reason: '' }])));
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      await request(ReviewDocument, {
        input: {
          id: change.id,
          version: change.version,
          familyVersion: change.family.version,
          decisions: pending.map((field) => ({ field: field.field as FamilyChangeField, accept: decisions[field.field]!.accept, reason: decisions[field.field]!.accept ? undefined : decisions[field.field]!.reason })),
        },
      });
      onDone();
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">{familyName(change.family)} · {formatDate(change.createdAt)}</Title>
        <ApiErrorAlert error={error} />
        <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('worker.changes.field')}</Table.Th>
                <Table.Th>{t('worker.changes.current')}</Table.Th>
                <Table.Th>{t('worker.changes.proposed')}</Table.Th>
                <Table.Th>{t('worker.changes.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((field) => {
                const decision = decisions[field.field]!;
                const label = t(`family.field.${field.field}`);
                return (
                  <Table.Tr key={field.field}>
                    <Table.Td>{label}{field.conflict ? ` (${t('worker.changes.conflict')})` : ''}</Table.Td>
                    <Table.Td>{shown(field.currentValue)}</Table.Td>
                    <Table.Td>{shown(field.proposedValue)}</Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <SegmentedControl
                          size="xs"
                          aria-label={`${t('worker.changes.decision')}: ${label}`}
                          value={decision.accept ? 'accept' : 'reject'}
                          onChange={(value) => setDecisions({ ...decisions, [field.field]: { ...decision, accept: value === 'accept' } })}
                          data={[{ value: 'accept', label: t('worker.changes.accept') }, { value: 'reject', label: t('worker.changes.reject') }]}
                        />
                        {!decision.accept && (
                          <TextInput size="xs" label={t('worker.changes.reason')} value={decision.reason} onChange={(event) => setDecisions({ ...decisions, [field.field]: { ...decision, reason: event.currentTarget.value } })} />
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group>
          <Button onClick={submit} loading={busy}>{t('worker.changes.save')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

const useQueue = () => useQuery(QueueDocument, {});

/** The families' change requests waiting for the worker. */
export function ChangeRequestsPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useQueue();
  return (
    <Stack>
      <Title order={2}>{t('worker.changes.title')}</Title>
      <ApiErrorAlert error={error} />
      {data && <Text aria-live="polite">{t('worker.children.found', { count: data.familyChangeRequests.totalCount })}</Text>}
      {data?.familyChangeRequests.edges.map(({ node }) => <ChangeRequestCard key={`${node.id}-${node.version}`} request={node} onDone={reload} />)}
    </Stack>
  );
}
