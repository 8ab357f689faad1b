import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleKind, RuleOutcome } from '../gql/graphql';

interface Reason {
  code: string;
  kind: RuleKind;
  outcome: RuleOutcome;
  message: string;
  legalBasis: string;
  overridden: boolean;
}

// Shades 7 and 9: AA on white.
const OUTCOME_COLOR: Record<RuleOutcome, string> = { PASS: 'teal.9', FAIL: 'red.9', NEEDS_ACTION: 'grape.9', NOT_APPLICABLE: 'gray.7' };

/** Every rule's outcome for one match, with the engine's reason and the law behind the rule. */
export function RuleReasons({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('worker.candidates.rule')}</Table.Th>
            <Table.Th>{t('worker.candidates.outcome')}</Table.Th>
            <Table.Th>{t('worker.candidates.reason')}</Table.Th>
            <Table.Th>{t('worker.candidates.legalBasis')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reasons.map((reason) => (
            <Table.Tr key={reason.code}>
              <Table.Td>{reason.code} · {t(`enums.RuleKind.${reason.kind}`)}</Table.Td>
              <Table.Td>
                <Text c={OUTCOME_COLOR[reason.outcome]} fw={600} size="sm">
                  {t(`enums.RuleOutcome.${reason.outcome}`)}
                  {reason.overridden ? ` (${t('worker.candidates.overridden')})` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{reason.message}</Table.Td>
              <Table.Td>{reason.legalBasis}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
