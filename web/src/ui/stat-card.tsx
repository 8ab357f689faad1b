import { Paper, Text } from '@mantine/core';
import { formatNumber } from '../i18n';

export function StatCard({ label, value }: { label: string; value?: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={600} fz={28} aria-live="polite">{value === undefined ? '…' : formatNumber(value)}</Text>
    </Paper>
  );
}
