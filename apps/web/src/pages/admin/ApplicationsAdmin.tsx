import { useState } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { Loaded } from '../../ui';
import { ApplicationDrawer } from '../ApplicationDrawer';
import { SearchBar } from '../SearchBar';
import { UTILITIES } from '../../../../../libs/domain/src/form/utilities';
import type { Summary } from '../applicant/types';

const STATUSES = [
  'submitted',
  'supplement-requested',
  'accepted',
  'in-progress',
  'completed',
  'rejected',
  'withdrawn',
  'failed',
];

/** Every application, newest first: search by number, company or credit code; filter by status and service; open any. */
export function ApplicationsAdmin() {
  const { t, e, date } = useI18n();
  const [filter, setFilter] = useState<{ q?: string; status?: string; utility?: string }>({});
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<string | null>(null);
  const { data, isLoading, error } = useQuery({
    queryKey: ['applications', 'admin', filter, page],
    queryFn: () =>
      ok(api.GET('/api/v1/applications', { params: { query: { ...filter, page, pageSize: 20 } as never } })),
  });
  const list = data as { items: Summary[]; total: number } | undefined;
  const set = (next: typeof filter) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage(1);
  };
  return (
    <Card title={<Typography.Title level={2}>{t('nav_applications')}</Typography.Title>}>
      <SearchBar
        onSearch={(q) => set({ q: q || undefined })}
        filters={[
          { label: 'allStates', values: STATUSES, onChange: (status) => set({ status }) },
          { label: 'allUtilities', values: UTILITIES, onChange: (utility) => set({ utility }) },
        ]}
      />
      <Loaded loading={isLoading} error={error}>
        <Table<Summary>
          data-testid="all-applications"
          scroll={{ x: 'max-content' }}
          rowKey="id"
          dataSource={list?.items ?? []}
          locale={{ emptyText: t('noData') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: list?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            {
              title: t('applicationNumber'),
              dataIndex: 'number',
              render: (n: string | null, r) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => setOpened(r.id)}>
                  {n ?? t('noNumber')}
                </Button>
              ),
            },
            { title: t('company'), dataIndex: 'companyName' },
            { title: t('utility'), dataIndex: 'utilities', render: (us: string[]) => us.map(e).join('、') },
            { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag>{e(s)}</Tag> },
            { title: t('submittedAt'), dataIndex: 'submittedAt', render: (v: string) => date(v) },
          ]}
        />
      </Loaded>
      <ApplicationDrawer id={opened} onClose={() => setOpened(null)} />
    </Card>
  );
}
