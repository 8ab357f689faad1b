import { Badge, Button, Card, Group, SegmentedControl, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api/graphql';
import { useSession } from '../api/session';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import type { TransfersWaitingQuery } from '../gql/graphql';
import { formatDate } from '../i18n';
import { ApiErrorAlert, fieldError } from '../ui/api-error';
import { familyName, personName } from '../ui/names';
import { placeName } from '../ui/place-name';

// Receivers of another region see only the request: the case and its sender are refused (null), so
// these lists are read in part (`partial`) and say what is not shown.
const WaitingDocument = graphql(`
  query TransfersWaiting {
    waiting: transfers(first: 50, filter: { toWorker: "ME", status: [PENDING] }) { edges { node { ...TransferRow } } }
    sent: transfers(first: 50, filter: { fromWorker: "ME" }) { edges { node { ...TransferRow } } }
  }
  fragment TransferRow on CaseTransfer {
    id kind status note declineReason createdAt toWorkerName
    fromRegion { code nameRu nameKk nameEn }
    fromWorker { id displayName }
    child { id firstName lastName middleName }
    family { id applicants { firstName lastName } }
    mentor { id firstName lastName middleName }
  }
`);

const CasesDocument = graphql(`
  query TransferCases($assignedTo: String, $regionCode: String!) {
    children(first: 100, filter: { assignedTo: $assignedTo, status: [AWAITING_PLACEMENT, IN_INSTITUTION, IN_FAMILY_PLACEMENT] }) { edges { node { id firstName lastName middleName birthDate } } }
    families(first: 100, filter: { assignedTo: $assignedTo }) { edges { node { id applicants { firstName lastName } } } }
    staffMembers(regionCode: $regionCode) { id displayName role }
  }
`);

const RequestDocument = graphql(`
  mutation TransferRequest($input: RequestTransferInput!) { requestTransfer(input: $input) { id status toWorkerName } }
`);
const AcceptDocument = graphql(`
  mutation TransferAccept($input: DecideTransferInput!) { acceptTransfer(input: $input) { id status } }
`);
const DeclineDocument = graphql(`
  mutation TransferDecline($input: DeclineTransferInput!) { declineTransfer(input: $input) { id status } }
`);

type Row = TransfersWaitingQuery['waiting']['edges'][number]['node'];

/** The case a transfer hands over, by name where the caller may see it. */
function useCaseName() {
  const { t } = useTranslation();
  return (row: Row) => {
    const name = row.child ? personName(row.child) : row.family ? familyName(row.family) : row.mentor ? personName(row.mentor) : t('transfers.notShown');
    return `${t(`enums.TransferRecordKind.${row.kind}`)}: ${name}`;
  };
}

/** One transfer waiting for me: accept, or decline with a reason the sender reads. */
function WaitingCard({ row, onAnswered }: { row: Row; onAnswered(): void }) {
  const { t } = useTranslation();
  const caseName = useCaseName()(row);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function answer(send: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await send();
      onAnswered();
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  function decline(event: FormEvent) {
    event.preventDefault();
    void answer(() => request(DeclineDocument, { input: { transferId: row.id, reason } }));
  }

  return (
    <Card withBorder component="form" onSubmit={decline} aria-label={caseName}>
      <Stack gap="xs">
        <Title order={4}>{caseName}</Title>
        <Text size="sm">
          {t('transfers.from', { region: placeName(row.fromRegion), date: formatDate(row.createdAt) })}
          {row.fromWorker ? ` · ${t('transfers.sender', { name: row.fromWorker.displayName })}` : ''}
        </Text>
        {row.note && <Text size="sm">{t('transfers.note')}: {row.note}</Text>}
        <ApiErrorAlert error={error} />
        {declining && (
          <Textarea label={t('transfers.reason')} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError(error, 'reason')} />
        )}
        <Group>
          {!declining && <Button loading={busy} onClick={() => void answer(() => request(AcceptDocument, { input: { transferId: row.id } }))}>{t('transfers.accept')}</Button>}
          {!declining && <Button variant="outline" color="red.9" onClick={() => setDeclining(true)}>{t('transfers.decline')}</Button>}
          {declining && <Button type="submit" color="red.9" loading={busy}>{t('transfers.sendDecline')}</Button>}
          {declining && <Button variant="subtle" onClick={() => setDeclining(false)}>{t('transfers.cancel')}</Button>}
        </Group>
      </Stack>
    </Card>
  );
}

type Kind = 'CHILD' | 'FAMILY';

/** Hand one of my cases (a supervisor: any of the region's) to a colleague of the region. */
function SendForm({ owner, onSent }: { owner: 'ME' | 'ANY'; onSent(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { data, error: loadError } = useQuery(CasesDocument, { assignedTo: owner === 'ME' ? 'ME' : undefined, regionCode: user?.regionCode ?? '' }, { skip: !user?.regionCode });
  const [kind, setKind] = useState<Kind>('CHILD');
  const [recordId, setRecordId] = useState<string | null>(null);
  const [toWorkerId, setToWorkerId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError>();
  const [sent, setSent] = useState<string>();
  const [busy, setBusy] = useState(false);
  const cases =
    kind === 'CHILD'
      ? (data?.children.edges ?? []).map(({ node }) => ({ value: node.id, label: `${personName(node)}, ${formatDate(node.birthDate)}` }))
      : (data?.families.edges ?? []).map(({ node }) => ({ value: node.id, label: familyName(node) }));
  // A child's or a family's case goes to a social worker or a supervisor (casework/transfer.rules.ts).
  const receivers = (data?.staffMembers ?? [])
    .filter((member) => member.id !== user?.id && (member.role === 'SOCIAL_WORKER' || member.role === 'SUPERVISOR'))
    .map((member) => ({ value: member.id, label: `${member.displayName} · ${t(`role.${member.role}`)}` }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSent(undefined);
    try {
      const { requestTransfer } = await request(RequestDocument, { input: { kind, recordId: recordId ?? '', toWorkerId: toWorkerId ?? '', note: note || undefined } });
      setSent(t('transfers.sent', { name: requestTransfer.toWorkerName }));
      setRecordId(null);
      setNote('');
      onSent();
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Stack>
        <Title order={3} size="h4">{t('transfers.send')}</Title>
        <ApiErrorAlert error={loadError ?? error} />
        <SegmentedControl
          w="fit-content"
          aria-label={t('transfers.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value as Kind);
            setRecordId(null);
          }}
          data={(['CHILD', 'FAMILY'] as const).map((value) => ({ value, label: t(`enums.TransferRecordKind.${value}`) }))}
        />
        <Select label={t('transfers.case')} searchable required data={cases} value={recordId} onChange={setRecordId} nothingFoundMessage={t('transfers.none')} error={fieldError(error, 'recordId')} />
        <Select label={t('transfers.receiver')} searchable required data={receivers} value={toWorkerId} onChange={setToWorkerId} nothingFoundMessage={t('transfers.none')} error={fieldError(error, 'toWorkerId')} />
        <Textarea label={t('transfers.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError(error, 'note')} />
        {sent && <Text role="status">{sent}</Text>}
        <Button type="submit" loading={busy} w="fit-content">{t('transfers.submit')}</Button>
      </Stack>
    </Card>
  );
}

/** Transfers: those waiting for my answer, handing a case to a colleague, and what became of those I sent. */
export function TransfersPage({ owner }: { owner: 'ME' | 'ANY' }) {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery(WaitingDocument, {}, { partial: true });
  const caseName = useCaseName();
  const waiting = data?.waiting.edges.map(({ node }) => node) ?? [];
  const sent = data?.sent.edges.map(({ node }) => node) ?? [];
  return (
    <Stack>
      <Title order={2}>{t('transfers.title')}</Title>
      <ApiErrorAlert error={error} />
      <Title order={3}>{t('transfers.waiting')}</Title>
      {data && waiting.length === 0 && <Text>{t('transfers.noneWaiting')}</Text>}
      {waiting.map((row) => <WaitingCard key={row.id} row={row} onAnswered={reload} />)}
      <SendForm owner={owner} onSent={reload} />
      <Title order={3}>{t('transfers.sentTitle')}</Title>
      {data && sent.length === 0 && <Text>{t('transfers.noneSent')}</Text>}
      {sent.length > 0 && (
        <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} aria-label={t('transfers.sentTitle')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('transfers.case')}</Table.Th>
                <Table.Th>{t('transfers.receiver')}</Table.Th>
                <Table.Th>{t('transfers.status')}</Table.Th>
                <Table.Th>{t('transfers.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sent.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{caseName(row)}<Text size="xs" c="dimmed">{formatDate(row.createdAt)}</Text></Table.Td>
                  <Table.Td>{row.toWorkerName}</Table.Td>
                  <Table.Td><Badge variant="outline">{t(`enums.TransferStatus.${row.status}`)}</Badge></Table.Td>
                  <Table.Td>{row.declineReason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
