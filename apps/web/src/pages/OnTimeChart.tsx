import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n';

const Chart = lazy(() => import('./Charts'));

export interface UtilityKpi {
  utility: string;
  connected: number;
  onTimeRate: number | null;
  averageDays: number | null;
}

/** On-time rate (bars) and average days to connect (line) per utility; ECharts loads on demand. */
export function OnTimeChart({ utilities }: { utilities: UtilityKpi[] }) {
  const { t, e } = useI18n();
  return (
    <Suspense fallback={null}>
      <Chart
        label={t('onTimeRate')}
        categories={utilities.map((u) => e(u.utility))}
        series={[
          {
            name: `${t('onTimeRate')} %`,
            values: utilities.map((u) => (u.onTimeRate === null ? null : Math.round(u.onTimeRate * 100))),
          },
          { name: t('averageDays'), values: utilities.map((u) => u.averageDays), kind: 'line' },
        ]}
      />
    </Suspense>
  );
}
