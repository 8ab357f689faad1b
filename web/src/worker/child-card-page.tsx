import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import { formatDate } from '../i18n';
import { ApiErrorAlert } from '../ui/api-error';
import { familyName, personName } from '../ui/names';
import { placeName } from '../ui/place-name';

const ChildCardDocument = graphql(`
  query WorkerChildCard($id: ID!) {
    child(id: $id) {
      id firstName lastName middleName birthDate age sex status registeredAt settlement languages specialNeeds version
      iin legalStatus healthGroup healthNotes caseNotes
      region { code nameRu nameKk nameEn }
      district { code nameRu nameKk nameEn }
      institution { id name }
      currentFamily { id applicants { firstName lastName } }
      assignedWorker { id displayName }
      siblings { id firstName lastName birthDate status }
      siblingsElsewhere { count region { code nameRu nameKk nameEn } }
      placements { id form status createdAt family { id applicants { firstName lastName } } }
    }
    childTimeline(childId: $id, first: 50) { at kind recordId recordKind status }
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">{label}</Text>
      <Text component="dd" m={0}>{children ?? '—'}</Text>
    </div>
  );
}

/** The child's card: facts, the case file where the role may read it, siblings, placements and timeline. */
export function ChildCardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useQuery(ChildCardDocument, { id });
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Text aria-busy="true">…</Text>;
  const { child, childTimeline } = data;
  const caseFileVisible = child.legalStatus !== null || child.iin !== null;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{personName(child)}</Title>
        <Badge size="lg" variant="outline">{t(`enums.ChildStatus.${child.status}`)}</Badge>
      </Group>
      <Group>
        <Button component={Link} to={`/worker/children/${child.id}/candidates`}>{t('worker.child.candidates')}</Button>
      </Group>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">{t('worker.child.facts')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
          <Fact label={t('worker.child.birthDate')}>{formatDate(child.birthDate)} ({t('worker.child.age', { count: child.age })})</Fact>
          <Fact label={t('worker.child.sex')}>{t(`enums.Sex.${child.sex}`)}</Fact>
          <Fact label={t('worker.child.region')}>{placeName(child.region)}{child.district ? `, ${placeName(child.district)}` : ''}</Fact>
          <Fact label={t('worker.child.livesIn')}>{child.currentFamily ? familyName(child.currentFamily) : child.institution?.name ?? child.settlement}</Fact>
          <Fact label={t('worker.child.registeredAt')}>{formatDate(child.registeredAt)}</Fact>
          <Fact label={t('worker.child.assignedWorker')}>{child.assignedWorker?.displayName}</Fact>
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">{t('worker.child.caseFile')}</Title>
        {caseFileVisible ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <Fact label={t('worker.child.iin')}>{child.iin}</Fact>
            <Fact label={t('worker.child.legalStatus')}>{child.legalStatus ? t(`enums.LegalStatus.${child.legalStatus}`) : null}</Fact>
            <Fact label={t('worker.child.healthGroup')}>{child.healthGroup}</Fact>
            <Fact label={t('worker.child.healthNotes')}>{child.healthNotes}</Fact>
            <Fact label={t('worker.child.caseNotes')}>{child.caseNotes}</Fact>
          </SimpleGrid>
        ) : (
          <Text>{t('worker.child.caseFileHidden')}</Text>
        )}
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">{t('worker.child.siblings')}</Title>
        {child.siblings.length === 0 && child.siblingsElsewhere.length === 0 && <Text>{t('worker.child.noSiblings')}</Text>}
        <List>
          {child.siblings.map((sibling) => (
            <List.Item key={sibling.id}>
              <Anchor component={Link} to={`/worker/children/${sibling.id}`}>{personName(sibling)}</Anchor> — {formatDate(sibling.birthDate)}, {t(`enums.ChildStatus.${sibling.status}`)}
            </List.Item>
          ))}
          {child.siblingsElsewhere.map((group) => (
            <List.Item key={group.region.code}>{t('worker.child.siblingsElsewhere', { count: group.count, region: placeName(group.region) })}</List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">{t('worker.child.placements')}</Title>
        {(child.placements ?? []).length === 0 && <Text>{t('worker.child.noPlacements')}</Text>}
        <List>
          {(child.placements ?? []).map((placement) => (
            <List.Item key={placement.id}>
              <Anchor component={Link} to={`/worker/placements/${placement.id}`}>
                {t(`enums.PlacementForm.${placement.form}`)}: {familyName(placement.family)}
              </Anchor>{' '}
              — {t(`enums.PlacementStatus.${placement.status}`)}, {formatDate(placement.createdAt)}
            </List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">{t('worker.child.timeline')}</Title>
        <Table>
          <Table.Tbody>
            {childTimeline.map((entry, index) => (
              <Table.Tr key={`${entry.recordId}-${index}`}>
                <Table.Td>{formatDate(entry.at)}</Table.Td>
                <Table.Td>
                  {t(`enums.TimelineKind.${entry.kind}`)}
                  {entry.status ? `: ${t(`enums.PlacementStatus.${entry.status}`, { defaultValue: entry.status })}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
