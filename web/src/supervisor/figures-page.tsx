import { BarChart } from '@mantine/charts';
import { SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import { formatMonth, formatNumber } from '../i18n';
import { ApiErrorAlert } from '../ui/api-error';
import { StatCard } from '../ui/stat-card';
import { ChartCard } from './chart-card';
import { monthlyTotals, rangeOfMonths } from './figures';

const FiguresDocument = graphql(`
  query SupervisorFigures($regionCode: String!, $from: LocalDate!, $to: LocalDate!) {
    regionFigures(regionCode: $regionCode, from: $from, to: $to) {
      childrenInDataBank familiesApproved familiesLapsing medianDaysToPlacement mentorshipsActive tasksOverdue
      specialists specialistsPer5000 standardPer5000
      waitingByAge { band count }
      waitingByTime { band count }
      placementsByMonth { month form started ended breakdowns }
    }
  }
`);

const PERIODS = ['12', '24', '60'] as const;

// The drawing takes Mantine's colour names; shade 7 reads on white.
const CHART = { h: 240, tickLine: 'y', accessibilityLayer: false, withTooltip: false, valueFormatter: (value: number) => formatNumber(value) } as const;

/** The region's figures: who waits and for how long, placements begun and ended by month, families, staffing. */
export function FiguresPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [months, setMonths] = useState<(typeof PERIODS)[number]>('12');
  const range = rangeOfMonths(new Date(), Number(months));
  const { data, error } = useQuery(FiguresDocument, { regionCode: user?.regionCode ?? '', ...range }, { skip: !user?.regionCode });
  const figures = data?.regionFigures;
  const ageRows = figures?.waitingByAge.map(({ band, count }) => [t('supervisor.figures.years', { band }), count] as [string, number]) ?? [];
  const timeRows = figures?.waitingByTime.map(({ band, count }) => [t(`supervisor.figures.waitedFor.${band}`, { defaultValue: band }), count] as [string, number]) ?? [];
  const monthly = figures ? monthlyTotals(figures.placementsByMonth, range) : [];
  const columns = { started: t('supervisor.figures.started'), ended: t('supervisor.figures.ended'), breakdowns: t('supervisor.figures.breakdowns') };
  return (
    <Stack>
      <Title order={2}>{t('supervisor.figures.title')}</Title>
      <SegmentedControl
        w="fit-content"
        aria-label={t('supervisor.figures.period')}
        value={months}
        onChange={(value) => setMonths(value as typeof months)}
        data={PERIODS.map((value) => ({ value, label: t('supervisor.figures.months', { count: Number(value) }) }))}
      />
      <ApiErrorAlert error={error} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <StatCard label={t('supervisor.figures.inDataBank')} value={figures?.childrenInDataBank} />
        <StatCard label={t('supervisor.figures.familiesApproved')} value={figures?.familiesApproved} />
        <StatCard label={t('supervisor.figures.familiesLapsing')} value={figures?.familiesLapsing} />
        <StatCard label={t('supervisor.figures.mentorshipsActive')} value={figures?.mentorshipsActive} />
        <StatCard label={t('supervisor.figures.tasksOverdue')} value={figures?.tasksOverdue} />
        <StatCard label={t('supervisor.figures.medianDays')} value={figures ? (figures.medianDaysToPlacement ?? undefined) : undefined} />
      </SimpleGrid>
      {figures && (
        <Text>
          {t('supervisor.figures.staffing', {
            specialists: formatNumber(figures.specialists),
            per5000: figures.specialistsPer5000 === null || figures.specialistsPer5000 === undefined ? '—' : formatNumber(figures.specialistsPer5000, 1),
            standard: formatNumber(figures.standardPer5000, 1),
          })}
        </Text>
      )}
      {figures && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <ChartCard title={t('supervisor.figures.waitingByAge')} columns={[t('supervisor.figures.age'), t('supervisor.figures.children')]} rows={ageRows}>
            <BarChart {...CHART} data={ageRows.map(([band, count]) => ({ band, count }))} dataKey="band" series={[{ name: 'count', label: t('supervisor.figures.children'), color: 'blue.7' }]} />
          </ChartCard>
          <ChartCard title={t('supervisor.figures.waitingByTime')} columns={[t('supervisor.figures.waited'), t('supervisor.figures.children')]} rows={timeRows}>
            <BarChart {...CHART} data={timeRows.map(([band, count]) => ({ band, count }))} dataKey="band" series={[{ name: 'count', label: t('supervisor.figures.children'), color: 'grape.7' }]} />
          </ChartCard>
        </SimpleGrid>
      )}
      {figures && (
        <ChartCard
          title={t('supervisor.figures.placementsByMonth')}
          columns={[t('supervisor.figures.month'), columns.started, columns.ended, columns.breakdowns]}
          rows={monthly.map((row) => [formatMonth(row.month), row.started, row.ended, row.breakdowns])}
        >
          <BarChart
            {...CHART}
            withLegend
            data={monthly.map((row) => ({ ...row, month: formatMonth(row.month) }))}
            dataKey="month"
            series={[
              { name: 'started', label: columns.started, color: 'teal.7' },
              { name: 'ended', label: columns.ended, color: 'blue.7' },
              { name: 'breakdowns', label: columns.breakdowns, color: 'red.7' },
            ]}
          />
        </ChartCard>
      )}
    </Stack>
  );
}
