import { Card, Progress, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { Loaded } from '../../ui';

interface RunSummary {
  id: string;
  status: string;
  periodFrom: string;
  periodTo: string;
  requestedAt: string;
  percent: number;
  changedCount: number;
}

/** Every what-if run, newest first; a new one starts from the catalog page's draft. */
export function WhatIfRuns() {
  const { t, e, date } = useI18n();
  const { data, isLoading, error } = useQuery({
    queryKey: ['what-if'],
    queryFn: () => ok(api.GET('/api/v1/what-if', {})),
    refetchInterval: (q) =>
      ((q.state.data as { items?: RunSummary[] } | undefined)?.items ?? []).some((r) => r.status === 'running')
        ? 2000
        : false,
  });
  return (
    <Card title={<Typography.Title level={2}>{t('nav_what_if')}</Typography.Title>}>
      <Typography.Paragraph>
        {t('whatIfIntro')} {/* Underlined: a link inside a sentence is told by more than its colour. */}
        <Link to="/admin/catalog" style={{ textDecoration: 'underline' }}>
          {t('whatIfStartHere')}
        </Link>
      </Typography.Paragraph>
      <Loaded loading={isLoading} error={error}>
        <Table<RunSummary>
          data-testid="what-if-runs"
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey="id"
          dataSource={(data as { items?: RunSummary[] } | undefined)?.items ?? []}
          locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('whatIfRequestedAt'), dataIndex: 'requestedAt', render: (v: string) => date(v, true) },
            {
              title: t('whatIfPeriod'),
              render: (_, r) => `${date(r.periodFrom)} – ${date(r.periodTo)}`,
            },
            { title: t('status'), dataIndex: 'status', render: (v: string) => <Tag>{e(`what-if-${v}`)}</Tag> },
            {
              title: t('whatIfProgress'),
              dataIndex: 'percent',
              render: (v: number) => <Progress percent={v} size="small" style={{ width: 140 }} />,
            },
            { title: t('whatIfChangedShort'), dataIndex: 'changedCount' },
            { title: t('actions'), render: (_, r) => <Link to={`/admin/what-if/${r.id}`}>{t('open')}</Link> },
          ]}
        />
      </Loaded>
    </Card>
  );
}
