import { Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import { formatDate } from '../i18n';
import { ApiErrorAlert } from '../ui/api-error';
import { familyName, personName } from '../ui/names';
import { StatCard } from '../ui/stat-card';

const MyDayDocument = graphql(`
  query WorkerMyDay {
    tasksOverdue: myTasks(due: OVERDUE, first: 1) { totalCount }
    tasksToday: myTasks(due: TODAY, first: 1) { totalCount }
    waiting: children(first: 1, filter: { status: [AWAITING_PLACEMENT] }) { totalCount }
    inProgress: placements(first: 20, filter: { status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL] }) {
      totalCount
      edges { node { id status form createdAt child { id firstName lastName } family { id applicants { firstName lastName } } } }
    }
    overdue: placements(first: 1, filter: { overdue: true }) { totalCount }
    transfersWaiting: transfers(first: 1, filter: { toWorker: "ME", status: [PENDING] }) { totalCount }
  }
`);

/** What needs the worker now: tasks due, placements moving through their steps, stays past their end, children waiting. */
export function MyDayPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyDayDocument, {});
  return (
    <Stack>
      <Title order={2}>{t('worker.myDay.title')}</Title>
      <ApiErrorAlert error={error} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <StatCard label={t('worker.myDay.tasksOverdue')} value={data?.tasksOverdue.totalCount} />
        <StatCard label={t('worker.myDay.tasksToday')} value={data?.tasksToday.totalCount} />
        <StatCard label={t('worker.myDay.waiting')} value={data?.waiting.totalCount} />
        <StatCard label={t('worker.myDay.inProgress')} value={data?.inProgress.totalCount} />
        <StatCard label={t('worker.myDay.overdue')} value={data?.overdue.totalCount} />
        <StatCard label={t('worker.myDay.transfersWaiting')} value={data?.transfersWaiting.totalCount} />
      </SimpleGrid>
      <Title order={3}>{t('worker.myDay.inProgress')}</Title>
      {data && data.inProgress.edges.length === 0 && <Text>{t('worker.myDay.none')}</Text>}
      {data && data.inProgress.edges.length > 0 && (
        <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('worker.placement.child')}</Table.Th>
                <Table.Th>{t('worker.placement.family')}</Table.Th>
                <Table.Th>{t('worker.placement.status')}</Table.Th>
                <Table.Th>{t('worker.placement.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.inProgress.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/worker/placements/${node.id}`}>{personName(node.child)}</Anchor>
                  </Table.Td>
                  <Table.Td>{familyName(node.family)}</Table.Td>
                  <Table.Td>{t(`enums.PlacementStatus.${node.status}`)}</Table.Td>
                  <Table.Td>{formatDate(node.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
