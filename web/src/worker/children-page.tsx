import { Anchor, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../api/session';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import type { ChildFilter, ChildStatus } from '../gql/graphql';
import { ApiErrorAlert } from '../ui/api-error';
import { personName } from '../ui/names';
import { placeName } from '../ui/place-name';
import { formatDate } from '../i18n';

const ChildrenDocument = graphql(`
  query WorkerChildren($filter: ChildFilter, $first: Int!) {
    children(filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage }
      edges { node { id firstName lastName middleName birthDate age status registeredAt district { code nameRu nameKk nameEn } siblings { id } } }
    }
  }
`);

const DistrictsDocument = graphql(`
  query WorkerDistricts($regionCode: String) {
    districts(regionCode: $regionCode) { code nameRu nameKk nameEn }
  }
`);

const STATUSES: ChildStatus[] = ['AWAITING_PLACEMENT', 'IN_INSTITUTION', 'IN_FAMILY_PLACEMENT', 'ADOPTED', 'LEFT_DATA_BANK'];
const PAGE = 25;

/** The filter as the address says it, so a search survives a reload and a new sign-in. */
function filterOf(params: URLSearchParams): ChildFilter {
  const text = params.get('q')?.trim() ?? '';
  const number = (key: string) => (params.get(key) ? Number(params.get(key)) : undefined);
  return {
    ...(/^\d{12}$/.test(text) ? { iin: text } : text ? { search: text } : {}),
    ...(params.get('status') ? { status: [params.get('status') as ChildStatus] } : {}),
    ...(params.get('district') ? { districtCode: params.get('district')! } : {}),
    ageMin: number('ageMin'),
    ageMax: number('ageMax'),
  };
}

/** Search by name in any spelling (Kazakh, Russian, Latin) or by IIN, with filters. */
export function ChildrenPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState(() => Object.fromEntries(params));
  const [pages, setPages] = useState(1);
  const { data, error, loading } = useQuery(ChildrenDocument, { filter: filterOf(params), first: PAGE * pages });
  const districts = useQuery(DistrictsDocument, { regionCode: user?.regionCode });

  function submit(event: FormEvent) {
    event.preventDefault();
    setPages(1);
    setParams(Object.fromEntries(Object.entries(form).filter(([, value]) => value !== '' && value !== undefined)));
  }
  const set = (key: string) => (value: string | number | null) => setForm((previous) => ({ ...previous, [key]: value === null ? '' : String(value) }));

  return (
    <Stack>
      <Title order={2}>{t('worker.children.title')}</Title>
      <form onSubmit={submit} role="search" aria-label={t('worker.children.title')}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('worker.children.query')}
            description={t('worker.children.queryHint')}
            value={form.q ?? ''}
            onChange={(event) => set('q')(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <Select
            label={t('worker.children.status')}
            data={STATUSES.map((status) => ({ value: status, label: t(`enums.ChildStatus.${status}`) }))}
            value={form.status ?? null}
            onChange={set('status')}
            clearable
            w={{ base: '100%', sm: 220 }}
          />
          <Select
            label={t('worker.children.district')}
            data={(districts.data?.districts ?? []).map((district) => ({ value: district.code, label: placeName(district) }))}
            value={form.district ?? null}
            onChange={set('district')}
            clearable
            searchable
            w={{ base: '100%', sm: 220 }}
          />
          <NumberInput label={t('worker.children.ageMin')} min={0} max={18} value={form.ageMin ?? ''} onChange={set('ageMin')} w={110} />
          <NumberInput label={t('worker.children.ageMax')} min={0} max={18} value={form.ageMax ?? ''} onChange={set('ageMax')} w={110} />
          <Button type="submit">{t('worker.children.search')}</Button>
        </Group>
      </form>
      <ApiErrorAlert error={error} />
      {data && (
        <Text aria-live="polite">{t('worker.children.found', { count: data.children.totalCount })}</Text>
      )}
      {data && data.children.edges.length > 0 && (
        <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('worker.child.name')}</Table.Th>
                <Table.Th>{t('worker.child.birthDate')}</Table.Th>
                <Table.Th>{t('worker.child.status')}</Table.Th>
                <Table.Th>{t('worker.child.district')}</Table.Th>
                <Table.Th>{t('worker.child.siblings')}</Table.Th>
                <Table.Th>{t('worker.child.registeredAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.children.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/worker/children/${node.id}`}>{personName(node)}</Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(node.birthDate)} ({node.age})</Table.Td>
                  <Table.Td>{t(`enums.ChildStatus.${node.status}`)}</Table.Td>
                  <Table.Td>{node.district ? placeName(node.district) : '—'}</Table.Td>
                  <Table.Td>{node.siblings.length}</Table.Td>
                  <Table.Td>{formatDate(node.registeredAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data?.children.pageInfo.hasNextPage && (
        <Button variant="default" loading={loading} onClick={() => setPages((n) => n + 1)} w="fit-content">{t('worker.children.more')}</Button>
      )}
    </Stack>
  );
}
