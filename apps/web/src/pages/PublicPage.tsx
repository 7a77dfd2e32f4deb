import { useMemo } from 'react';
import { Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import { Loaded } from '../ui';
import { OnTimeChart } from './OnTimeChart';
import { SatisfactionFigures, type SatisfactionData } from './satisfaction/Satisfaction';

const UTILITIES = ['power', 'water', 'gas', 'broadband'] as const;
const STAGES = ['survey', 'plan', 'construction', 'connection', 'total'];

interface Limit {
  scope: string;
  category: string;
  stage: string;
  limit: { amount: number; unit: string };
}

/** What anyone may read: the published limits, performance and the monthly reports. */
export function PublicPage() {
  const { t, e, date, duration } = useI18n();
  const names = useNames();
  const [utility, setUtility] = useState<(typeof UTILITIES)[number]>('power');
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const kpis = useQuery({ queryKey: ['kpis'], queryFn: () => ok(api.GET('/api/v1/kpis', {})) });
  const reports = useQuery({ queryKey: ['reports'], queryFn: () => ok(api.GET('/api/v1/public/reports', {})) });
  const limits = ((catalog.data as { limits?: Limit[] } | undefined)?.limits ?? []).filter((l) => l.scope === utility);
  const rows = useMemo(() => {
    const categories = [...new Set(limits.map((l) => l.category))];
    return categories.map((category) => ({
      key: category,
      category,
      ...Object.fromEntries(
        STAGES.map((stage) => {
          const l = limits.find((x) => x.category === category && x.stage === stage);
          return [stage, l ? duration(l.limit.amount, l.limit.unit) : '—'];
        }),
      ),
    }));
  }, [limits, e]);
  const k = kpis.data as
    | {
        applications: { total: number };
        utilities: { utility: string; connected: number; onTimeRate: number | null; averageDays: number | null }[];
        satisfaction: SatisfactionData;
        reliability: { providerId: string; month: string; all: { saidiMinutes: number; saifi: number } }[];
      }
    | undefined;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={2}>{t('limits')}</Typography.Title>
        <Space style={{ marginBottom: 12 }}>
          <label htmlFor="limits-utility">{t('utility')}</label>
          <Select
            id="limits-utility"
            value={utility}
            onChange={setUtility}
            style={{ width: 160 }}
            options={UTILITIES.map((u) => ({ value: u, label: e(u) }))}
          />
        </Space>
        <Loaded loading={catalog.isLoading} error={catalog.error}>
          <Table
            scroll={{ x: 'max-content' }}
            size="small"
            pagination={false}
            dataSource={rows}
            data-testid="limits"
            columns={[
              { title: t('category'), dataIndex: 'category', render: (c: string) => e(c) },
              ...STAGES.map((s) => ({ title: e(s), dataIndex: s })),
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('version')} {(catalog.data as { version?: number } | undefined)?.version} · {t('effectiveFrom')}{' '}
            {date((catalog.data as { effectiveFrom?: string } | undefined)?.effectiveFrom, false)}
          </Typography.Paragraph>
        </Loaded>
      </Card>
      <Card>
        <Typography.Title level={2}>{t('kpis')}</Typography.Title>
        <Loaded loading={kpis.isLoading} error={kpis.error}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Statistic title={t('applications')} value={k?.applications.total ?? 0} />
            </Col>
            <Col xs={24} md={16}>
              <SatisfactionFigures data={k?.satisfaction} />
            </Col>
          </Row>
          <OnTimeChart utilities={k?.utilities ?? []} />
          <Table
            scroll={{ x: 'max-content' }}
            size="small"
            pagination={false}
            rowKey={(r) => `${r.providerId}-${r.month}`}
            dataSource={k?.reliability ?? []}
            locale={{ emptyText: t('noData') }}
            caption={t('reliability')}
            columns={[
              { title: t('month'), dataIndex: 'month' },
              { title: t('provider'), dataIndex: 'providerId', render: (id: string) => names.provider(id) },
              { title: t('saidi'), render: (_, r) => r.all.saidiMinutes.toFixed(1) },
              { title: t('saifi'), render: (_, r) => r.all.saifi.toFixed(3) },
            ]}
          />
        </Loaded>
      </Card>
      <Card>
        <Typography.Title level={2}>{t('reports')}</Typography.Title>
        <Loaded loading={reports.isLoading} error={reports.error}>
          <Table
            scroll={{ x: 'max-content' }}
            size="small"
            rowKey="id"
            pagination={false}
            locale={{ emptyText: t('noData') }}
            dataSource={
              (reports.data as { id: string; month: string; producedAt: string; corrects: string | null }[]) ?? []
            }
            columns={[
              { title: t('month'), dataIndex: 'month' },
              { title: 'ID', dataIndex: 'id' },
              { title: t('submittedAt'), dataIndex: 'producedAt', render: (v: string) => date(v) },
              {
                title: t('download'),
                render: (_, r) => (
                  <Space>
                    <a href={`/api/v1/public/reports/${r.id}`}>JSON</a>
                    <a href={`/api/v1/public/reports/${r.id}?format=csv`}>CSV</a>
                  </Space>
                ),
              },
            ]}
          />
        </Loaded>
      </Card>
      <Card>
        <Typography.Title level={2}>{t('tariffsTitle')}</Typography.Title>
        <Typography.Paragraph>
          {t('tariffsIntro', {
            n:
              (catalog.data as { service?: { tariffNoticeDays?: number } } | undefined)?.service?.tariffNoticeDays ??
              30,
          })}{' '}
          <Link to="/tariffs" style={{ textDecoration: 'underline' }}>
            {t('tariffsOpen')}
          </Link>
        </Typography.Paragraph>
      </Card>
      <Card>
        <Typography.Title level={2}>{t('complaintsPublicTitle')}</Typography.Title>
        <Typography.Paragraph>
          {t('complaintsPublicIntro')}{' '}
          <Link to="/complaints" style={{ textDecoration: 'underline' }}>
            {t('complaintsOpen')}
          </Link>
        </Typography.Paragraph>
      </Card>
      <Card>
        <Typography.Title level={2}>{t('qualityTitle')}</Typography.Title>
        <Typography.Paragraph>
          {t('qualityIntro')}{' '}
          <Link to="/quality" style={{ textDecoration: 'underline' }}>
            {t('qualityOpen')}
          </Link>
        </Typography.Paragraph>
      </Card>
      <Card>
        <Typography.Title level={2}>{t('faqTitle')}</Typography.Title>
        <Typography.Paragraph>
          {t('faqIntro')}{' '}
          <Link to="/faq" style={{ textDecoration: 'underline' }}>
            {t('faqOpen')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}
