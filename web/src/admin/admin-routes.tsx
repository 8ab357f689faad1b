import { Badge, Button, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import { formatDate } from '../i18n';
import { ConsoleShell } from '../shell/console-shell';
import { ApiErrorAlert } from '../ui/api-error';

const StaffDocument = graphql(`
  query AdminStaff {
    staffAccounts(first: 100) { totalCount edges { node { id email displayName role regionCode districtCode activated disabled } } }
  }
`);

const PolicyDocument = graphql(`
  query AdminPolicy($version: Int) {
    matchingPolicy(version: $version) {
      version createdAt note
      rules { code kind description legalBasis enabled validFrom validTo params version }
    }
  }
`);

const AuditDocument = graphql(`
  query AdminAudit($filter: AuditEventFilter) {
    auditEvents(first: 50, filter: $filter) { totalCount edges { node { id at action entityName entityId actorRole fields } } }
  }
`);

function UsersPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(StaffDocument, {});
  return (
    <Stack>
      <Title order={2}>{t('admin.users')}</Title>
      <ApiErrorAlert error={error} />
      {data && (
        <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.email')}</Table.Th>
                <Table.Th>{t('worker.child.name')}</Table.Th>
                <Table.Th>{t('admin.role')}</Table.Th>
                <Table.Th>{t('worker.child.region')}</Table.Th>
                <Table.Th>{t('admin.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.staffAccounts.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>{node.email}</Table.Td>
                  <Table.Td>{node.displayName}</Table.Td>
                  <Table.Td>{t(`role.${node.role}`)}</Table.Td>
                  <Table.Td>{node.districtCode ?? node.regionCode ?? '—'}</Table.Td>
                  <Table.Td>{node.disabled ? t('admin.disabled') : node.activated ? t('admin.active') : t('admin.invited')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The matching policy in force, or any earlier version: rules, parameters, validity, legal basis. */
function PolicyPage() {
  const { t } = useTranslation();
  const [version, setVersion] = useState<number>();
  const { data, error } = useQuery(PolicyDocument, { version });
  return (
    <Stack>
      <Title order={2}>{t('admin.policy')}</Title>
      <ApiErrorAlert error={error} />
      <NumberInput label={t('admin.version')} min={1} value={version ?? data?.matchingPolicy.version ?? ''} onChange={(value) => setVersion(value === '' ? undefined : Number(value))} w={160} />
      {data && (
        <>
          <Text>{t('admin.policyOf', { version: data.matchingPolicy.version, date: formatDate(data.matchingPolicy.createdAt) })}</Text>
          <Table.ScrollContainer minWidth={800} type="native" tabIndex={0}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('worker.candidates.rule')}</Table.Th>
                  <Table.Th>{t('admin.description')}</Table.Th>
                  <Table.Th>{t('admin.params')}</Table.Th>
                  <Table.Th>{t('admin.validity')}</Table.Th>
                  <Table.Th>{t('worker.candidates.legalBasis')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.matchingPolicy.rules.map((rule) => (
                  <Table.Tr key={rule.code}>
                    <Table.Td>
                      {rule.code} <Badge variant="outline" color={rule.enabled ? 'blue.8' : 'gray.7'}>{t(`enums.RuleKind.${rule.kind}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{rule.description}</Table.Td>
                    <Table.Td><code>{JSON.stringify(rule.params)}</code></Table.Td>
                    <Table.Td>{formatDate(rule.validFrom)} – {rule.validTo ? formatDate(rule.validTo) : '…'}</Table.Td>
                    <Table.Td>{rule.legalBasis}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

/** The audit trail, searched by record kind, record or action. */
function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState(() => ({ entityName: params.get('entityName') ?? '', entityId: params.get('entityId') ?? '', action: params.get('action') ?? '' }));
  const filter = Object.fromEntries([...params].filter(([key]) => key in form));
  const { data, error } = useQuery(AuditDocument, { filter });
  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(Object.fromEntries(Object.entries(form).filter(([, value]) => value)));
  }
  return (
    <Stack>
      <Title order={2}>{t('admin.audit')}</Title>
      <form onSubmit={submit} role="search" aria-label={t('admin.audit')}>
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('admin.entityName')} value={form.entityName} onChange={(event) => setForm({ ...form, entityName: event.currentTarget.value })} />
          <TextInput label={t('admin.entityId')} value={form.entityId} onChange={(event) => setForm({ ...form, entityId: event.currentTarget.value })} />
          <TextInput label={t('admin.action')} value={form.action} onChange={(event) => setForm({ ...form, action: event.currentTarget.value })} />
          <Button type="submit">{t('worker.children.search')}</Button>
        </Group>
      </form>
      <ApiErrorAlert error={error} />
      {data && <Text aria-live="polite">{t('worker.children.found', { count: data.auditEvents.totalCount })}</Text>}
      {data && (
        <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('worker.placement.when')}</Table.Th>
                <Table.Th>{t('admin.action')}</Table.Th>
                <Table.Th>{t('admin.entityName')}</Table.Th>
                <Table.Th>{t('admin.role')}</Table.Th>
                <Table.Th>{t('admin.fields')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.auditEvents.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>{formatDate(node.at)}</Table.Td>
                  <Table.Td>{node.action}</Table.Td>
                  <Table.Td>{node.entityName} <Text span size="xs" c="dimmed">{node.entityId}</Text></Table.Td>
                  <Table.Td>{node.actorRole ? t(`role.${node.actorRole}`) : '—'}</Table.Td>
                  <Table.Td>{node.fields.join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export default function AdminRoutes() {
  const { t } = useTranslation();
  const sections = [
    { to: '/admin', label: t('admin.users'), end: true },
    { to: '/admin/policy', label: t('admin.policy'), end: true },
    { to: '/admin/audit', label: t('admin.audit'), end: true },
  ];
  return (
    <ConsoleShell sections={sections}>
      <Routes>
        <Route index element={<UsersPage />} />
        <Route path="policy" element={<PolicyPage />} />
        <Route path="audit" element={<AuditPage />} />
      </Routes>
    </ConsoleShell>
  );
}
