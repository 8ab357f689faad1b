import { Accordion, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import { formatDate, formatNumber } from '../i18n';
import { ConsoleShell } from '../shell/console-shell';
import { ApiErrorAlert } from '../ui/api-error';
import { personName } from '../ui/names';
import { RuleReasons } from '../ui/rule-reasons';

const MentorsDocument = graphql(`
  query CoordinatorMentors {
    mentors(first: 50) { totalCount edges { node { id firstName lastName middleName city available activeMenteeCount maxMentees } } }
    mentorships(first: 50) {
      totalCount
      edges { node { id status startedAt mentor { id firstName lastName } child { id firstName lastName } meetings { id date kind durationMinutes } } }
    }
  }
`);

const MenteeCandidatesDocument = graphql(`
  query CoordinatorMenteeCandidates($mentorId: ID!) {
    mentor(id: $mentorId) { id firstName lastName middleName city }
    menteeCandidates(mentorId: $mentorId, first: 10) {
      eligible score
      child { id firstName lastName age }
      reasons { code kind outcome message legalBasis overridden }
    }
  }
`);

/** Mentors, their mentorships and meetings. */
function MentorsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MentorsDocument, {});
  return (
    <Stack>
      <Title order={2}>{t('coordinator.mentors')}</Title>
      <ApiErrorAlert error={error} />
      {data && (
        <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('worker.child.name')}</Table.Th>
                <Table.Th>{t('coordinator.city')}</Table.Th>
                <Table.Th>{t('coordinator.mentees')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.mentors.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td><Anchor component={Link} to={`/coordinator/mentors/${node.id}`}>{personName(node)}</Anchor></Table.Td>
                  <Table.Td>{node.city}</Table.Td>
                  <Table.Td>{node.activeMenteeCount} / {node.maxMentees}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2}>{t('coordinator.mentorships')}</Title>
      {data && (
        <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('coordinator.mentor')}</Table.Th>
                <Table.Th>{t('worker.placement.child')}</Table.Th>
                <Table.Th>{t('worker.child.status')}</Table.Th>
                <Table.Th>{t('coordinator.meetings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.mentorships.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>{personName(node.mentor)}</Table.Td>
                  <Table.Td>{personName(node.child)}</Table.Td>
                  <Table.Td>{t(`enums.MentorshipStatus.${node.status}`)}</Table.Td>
                  <Table.Td>
                    {node.meetings.length}
                    {node.meetings[0] ? ` · ${formatDate(node.meetings[node.meetings.length - 1]!.date)}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The children a mentor could take, ranked, with every rule's reason. */
function MenteeCandidatesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useQuery(MenteeCandidatesDocument, { mentorId: id });
  return (
    <Stack>
      <Title order={2}>{t('coordinator.candidates', { name: data ? personName(data.mentor) : '…' })}</Title>
      <ApiErrorAlert error={error} />
      {data && data.menteeCandidates.length === 0 && <Text>{t('worker.candidates.none')}</Text>}
      {data && (
        <Accordion variant="separated" multiple>
          {data.menteeCandidates.map((candidate, rank) => (
            <Accordion.Item key={candidate.child.id} value={candidate.child.id}>
              <Accordion.Control>
                <Group justify="space-between" pr="sm">
                  <Text fw={600}>{rank + 1}. {personName(candidate.child)} ({candidate.child.age})</Text>
                  <Badge color={candidate.eligible ? 'teal.9' : 'red.9'}>{t('worker.candidates.score', { score: formatNumber(candidate.score, 1) })}</Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <RuleReasons reasons={candidate.reasons} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

export default function CoordinatorRoutes() {
  const { t } = useTranslation();
  return (
    <ConsoleShell sections={[{ to: '/coordinator', label: t('coordinator.mentors'), end: true }]}>
      <Routes>
        <Route index element={<MentorsPage />} />
        <Route path="mentors/:id" element={<MenteeCandidatesPage />} />
      </Routes>
    </ConsoleShell>
  );
}
