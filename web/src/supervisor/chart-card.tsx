import { Card, Table, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from '../i18n';

/**
 * A chart with its figures as a table for screen readers: the drawing is hidden from them (and
 * not focusable), the table says the same.
 */
export function ChartCard({ title, columns, rows, children }: { title: string; columns: string[]; rows: [string, ...number[]][]; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">{title}</Title>
      <div aria-hidden="true">{children}</div>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <Table.Thead>
            <Table.Tr>{columns.map((column) => <Table.Th key={column}>{column}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([label, ...values]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                {values.map((value, index) => <Table.Td key={columns[index + 1]}>{formatNumber(value)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Card>
  );
}
