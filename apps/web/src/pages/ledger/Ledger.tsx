import { useState } from 'react';
import { App, Button, Card, Col, Radio, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { currentToken } from '../../auth';
import { useI18n } from '../../i18n';
import { failureText, Loaded } from '../../ui';
import { ApplicationDrawer } from '../ApplicationDrawer';
import { ExplainDeadline } from '../explanation/ExplainDeadline';
import { LAPSE_STAGES, useOpener } from '../admin/opener';

interface Entry {
  applicationId: string;
  track: string;
  stage: string;
  unit: number;
  amountFen: number;
  accruedAt: string;
  status: string;
  providerId: string;
  accountNo: string | null;
}

/** The compensation ledger, with totals and the CSV export. */
export function Ledger() {
  const { t, e, date, money, lang } = useI18n();
  const [opened, setOpened] = useState<string | null>(null);
  const opener = useOpener(setOpened);
  const { message } = App.useApp();
  const [status, setStatus] = useState<'all' | 'accrued' | 'waived'>('all');
  const ledger = useQuery({
    queryKey: ['ledger', status],
    queryFn: () =>
      ok(
        api.GET('/api/v1/compensations', {
          params: { query: { pageSize: 200, ...(status === 'all' ? {} : { status }) } },
        }),
      ),
  });
  const kpis = useQuery({ queryKey: ['kpis'], queryFn: () => ok(api.GET('/api/v1/kpis', {})) });
  const totals = (kpis.data as { compensation?: { accruedFen: number; waivedFen: number } } | undefined)?.compensation;
  const exportCsv = async () => {
    const response = await fetch('/api/v1/compensations', {
      headers: { accept: 'text/csv', authorization: `Bearer ${currentToken()}` },
    });
    if (!response.ok) return void message.error(failureText(new Error(String(response.status)), lang));
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: 'compensations.csv' });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Card
      title={<Typography.Title level={2}>{t('nav_ledger')}</Typography.Title>}
      extra={<Button onClick={exportCsv}>{t('exportCsv')}</Button>}
    >
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col>
          <Statistic
            title={`${t('total')} · ${e('accrued')}`}
            loading={kpis.isFetching}
            value={money(totals?.accruedFen ?? 0)}
          />
        </Col>
        <Col>
          <Statistic
            title={`${t('total')} · ${e('waived')}`}
            loading={kpis.isFetching}
            value={money(totals?.waivedFen ?? 0)}
            data-testid="waived-total"
          />
        </Col>
      </Row>
      <Radio.Group
        value={status}
        onChange={(ev) => setStatus(ev.target.value)}
        optionType="button"
        style={{ marginBottom: 12 }}
        aria-label={t('status')}
        options={[
          { value: 'all', label: t('all') },
          { value: 'accrued', label: e('accrued') },
          { value: 'waived', label: e('waived') },
        ]}
      />
      <Loaded loading={ledger.isLoading} error={ledger.error}>
        <Table<Entry>
          scroll={{ x: 'max-content' }}
          rowKey={(r) => `${r.applicationId}.${r.track}.${r.stage}.${r.unit}.${r.accountNo ?? ''}`}
          dataSource={(ledger.data as { items?: Entry[] } | undefined)?.items ?? []}
          locale={{ emptyText: t('noData') }}
          data-testid="ledger"
          columns={[
            { title: t('application'), dataIndex: 'applicationId', render: (v: string, r) => opener(v, r.stage) },
            { title: t('utility'), dataIndex: 'track', render: (v: string) => e(v) },
            { title: t('stage'), dataIndex: 'stage', render: (v: string) => e(v) },
            { title: t('account'), dataIndex: 'accountNo', render: (v: string | null) => v ?? '—' },
            {
              title: t('amountYuan'),
              dataIndex: 'amountFen',
              render: (v: number, r) => (
                <Space size={8} wrap={false}>
                  {money(v)}
                  {LAPSE_STAGES.has(r.stage) ? (
                    <ExplainDeadline
                      interruptionId={r.applicationId}
                      stage={r.stage}
                      label={t('explainCompensation')}
                    />
                  ) : /^(consultation-|complaint-|follow-up)/.test(r.stage) ? null : (
                    <ExplainDeadline
                      applicationId={r.applicationId}
                      track={r.track}
                      stage={r.stage}
                      label={t('explainCompensation')}
                    />
                  )}
                </Space>
              ),
            },
            { title: t('submittedAt'), dataIndex: 'accruedAt', render: (v: string) => date(v) },
            { title: t('status'), dataIndex: 'status', render: (v: string) => <Tag>{e(v)}</Tag> },
          ]}
        />
      </Loaded>
      <ApplicationDrawer id={opened} onClose={() => setOpened(null)} />
    </Card>
  );
}
