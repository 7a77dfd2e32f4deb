import { Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { Loaded } from '../../ui';

interface Disclosed {
  id: string;
  month: string;
  utility: string;
  provider: { name: string; nameZh: string };
  category: string;
  workingDaysToAcknowledge: number | null;
  workingDaysToDecide: number | null;
  outcome: string;
  remedyFen: number;
  summary: string;
  escalated: boolean;
}

/**
 * Active disclosure (主动公开): every closed complaint and how it was handled, by month — the
 * district's summary, never the complainant. Downloadable as CSV.
 */
export default function PublicComplaints() {
  const { t, e, lang, money } = useI18n();
  const [month, setMonth] = useState<string | undefined>();
  const { data, isLoading, error } = useQuery({
    queryKey: ['public-complaints', month],
    queryFn: () => ok(api.GET('/api/v1/public/complaints', { params: { query: month ? { month } : {} } })),
  });
  const items = ((data as { items?: Disclosed[] } | undefined)?.items ?? []) as Disclosed[];
  const days = (n: number | null) => (n === null ? '—' : t('workingDaysCount', { n }));
  return (
    <Card title={<Typography.Title level={2}>{t('complaintsPublicTitle')}</Typography.Title>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('complaintsPublicIntro')}</Typography.Paragraph>
        <Space wrap>
          <label htmlFor="complaints-month">{t('month')}</label>
          <DatePicker
            id="complaints-month"
            picker="month"
            onChange={(d: Dayjs | null) => setMonth(d ? d.format('YYYY-MM') : undefined)}
          />
          <a
            href={`/api/v1/public/complaints?format=csv${month ? `&month=${month}` : ''}`}
            style={{ textDecoration: 'underline' }}
          >
            {t('downloadCsv')}
          </a>
        </Space>
        <Loaded loading={isLoading} error={error}>
          <Table
            rowKey="id"
            size="small"
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={items}
            locale={{ emptyText: t('complaintsPublicNone') }}
            columns={[
              { title: t('month'), dataIndex: 'month' },
              {
                title: t('provider'),
                render: (_, r) => `${lang === 'zh' ? r.provider.nameZh : r.provider.name} · ${e(r.utility)}`,
              },
              { title: t('complaintCategory'), dataIndex: 'category', render: (v: string) => e(v) },
              { title: t('complaintDaysToAcknowledge'), render: (_, r) => days(r.workingDaysToAcknowledge) },
              { title: t('complaintDaysToDecide'), render: (_, r) => days(r.workingDaysToDecide) },
              {
                title: t('complaintDecision'),
                render: (_, r) => (
                  <Space wrap size={4}>
                    <span>{t(`outcome_${r.outcome}` as never)}</span>
                    {r.remedyFen > 0 && <span>{money(r.remedyFen)}</span>}
                    {r.escalated && <Tag color="#c21f1f">{t('complaintEscalated')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('complaintPublicSummary'),
                dataIndex: 'summary',
                render: (v: string) => <div style={{ minWidth: 220, maxWidth: 480, whiteSpace: 'normal' }}>{v}</div>,
              },
            ]}
          />
        </Loaded>
      </Space>
    </Card>
  );
}
