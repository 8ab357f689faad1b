import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import { formatNumber } from '../i18n';
import { ApiErrorAlert } from '../ui/api-error';

const CaseloadsDocument = graphql(`
  query SupervisorCaseloads($regionCode: String!) {
    caseloads(regionCode: $regionCode) {
      worker { id displayName role }
      openChildren families mentors openPlacements overdueStays expiredApprovals lapsingApprovals overdue overdueTasks
    }
  }
`);

/** A count that needs action: red when above zero, so an overdue item is seen without reading every row. */
function Overdue({ value }: { value: number }) {
  return value > 0 ? <Badge color="red.9" variant="filled">{formatNumber(value)}</Badge> : <Text span>{formatNumber(value)}</Text>;
}

/** Every worker, coordinator and supervisor of the region with its cases and what is overdue. */
export function CaseloadsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { data, error } = useQuery(CaseloadsDocument, { regionCode: user?.regionCode ?? '' }, { skip: !user?.regionCode });
  const columns = ['openChildren', 'families', 'mentors', 'openPlacements', 'lapsingApprovals'] as const;
  return (
    <Stack>
      <Title order={2}>{t('supervisor.caseloads.title')}</Title>
      <ApiErrorAlert error={error} />
      {data && (
        <Table.ScrollContainer minWidth={900} type="native" tabIndex={0} aria-label={t('supervisor.caseloads.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supervisor.caseloads.worker')}</Table.Th>
                {columns.map((column) => <Table.Th key={column}>{t(`supervisor.caseloads.${column}`)}</Table.Th>)}
                <Table.Th>{t('supervisor.caseloads.overdueStays')}</Table.Th>
                <Table.Th>{t('supervisor.caseloads.expiredApprovals')}</Table.Th>
                <Table.Th>{t('supervisor.caseloads.overdueTasks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.caseloads.map((caseload) => (
                <Table.Tr key={caseload.worker.id}>
                  <Table.Th scope="row">
                    {caseload.worker.displayName}
                    <Text size="xs" c="dimmed">{t(`role.${caseload.worker.role}`)}</Text>
                  </Table.Th>
                  {columns.map((column) => <Table.Td key={column}>{formatNumber(caseload[column])}</Table.Td>)}
                  <Table.Td><Overdue value={caseload.overdueStays} /></Table.Td>
                  <Table.Td><Overdue value={caseload.expiredApprovals} /></Table.Td>
                  <Table.Td><Overdue value={caseload.overdueTasks} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
