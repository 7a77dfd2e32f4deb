import { lazy, Suspense } from 'react';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Loaded } from '../../ui';
import { OnTimeChart } from '../OnTimeChart';
import { SatisfactionFigures, type SatisfactionData } from '../satisfaction/Satisfaction';

const Chart = lazy(() => import('../Charts'));

interface KpiData {
  applications: { total: number; byStatus: Record<string, number> };
  utilities: { utility: string; connected: number; onTimeRate: number | null; averageDays: number | null }[];
  satisfaction: SatisfactionData;
  reliability: {
    utility: string;
    providerId: string;
    month: string;
    customersServed: number;
    all: { saidiMinutes: number; saifi: number; caidiMinutes: number | null };
    restorationOnTimeRate: number | null;
  }[];
}

/** Charts by utility, provider and month: on time, days to connect, satisfaction, reliability. */
export function KpisAdmin() {
  const { t, e } = useI18n();
  const names = useNames();
  const { data, isLoading, error } = useQuery({ queryKey: ['kpis'], queryFn: () => ok(api.GET('/api/v1/kpis', {})) });
  const k = data as unknown as KpiData | undefined;
  const months = [...new Set((k?.reliability ?? []).map((r) => r.month))].sort();
  const providers = [...new Set((k?.reliability ?? []).map((r) => r.providerId))];
  return (
    <Card title={<Typography.Title level={2}>{t('nav_kpis')}</Typography.Title>}>
      <Loaded loading={isLoading} error={error}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Statistic title={t('applications')} value={k?.applications.total ?? 0} />
          </Col>
          <Col xs={24} md={18}>
            <SatisfactionFigures data={k?.satisfaction} />
          </Col>
        </Row>
        <Suspense fallback={null}>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Typography.Title level={3}>{t('onTimeRate')}</Typography.Title>
              <OnTimeChart utilities={k?.utilities ?? []} />
            </Col>
            <Col xs={24} lg={12}>
              <Typography.Title level={3}>{t('reliability')}</Typography.Title>
              <Chart
                label={t('saidi')}
                categories={months}
                series={providers.map((p) => ({
                  name: names.provider(p),
                  values: months.map(
                    (m) => k?.reliability.find((r) => r.providerId === p && r.month === m)?.all.saidiMinutes ?? null,
                  ),
                }))}
              />
            </Col>
          </Row>
        </Suspense>
        <Table
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey={(r) => `${r.providerId}-${r.month}`}
          dataSource={k?.reliability ?? []}
          locale={{ emptyText: t('noData') }}
          caption={t('reliability')}
          columns={[
            { title: t('month'), dataIndex: 'month' },
            { title: t('utility'), dataIndex: 'utility', render: (v: string) => e(v) },
            { title: t('provider'), dataIndex: 'providerId', render: (id: string) => names.provider(id) },
            { title: t('saidi'), render: (_, r) => r.all.saidiMinutes.toFixed(1) },
            { title: t('saifi'), render: (_, r) => r.all.saifi.toFixed(3) },
            {
              title: t('caidi'),
              render: (_, r) => (r.all.caidiMinutes === null ? '—' : r.all.caidiMinutes.toFixed(1)),
            },
          ]}
        />
      </Loaded>
    </Card>
  );
}
