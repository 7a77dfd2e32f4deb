import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { byUrgency, type Task } from '../../tasks';
import { Deadline, failureText, Loaded } from '../../ui';
import { ApplicationDrawer } from '../ApplicationDrawer';
import { ExplainDeadline } from '../explanation/ExplainDeadline';
import { SearchBar } from '../SearchBar';
import { UTILITIES } from '../../../../../libs/domain/src/form/utilities';
import { WindowDialogs, type DialogKind, type WindowDialog } from './WindowDialogs';
import type { Summary } from '../applicant/types';

/**
 * The one window's desk: the inbox (breached first, then the nearest deadline) with the number,
 * services and dates of each application; search by number, company or credit code; filters;
 * the whole application in a drawer before any action; final actions confirmed first.
 */
export default function WindowPage() {
  const { t, e, date, lang } = useI18n();
  const { message, modal } = App.useApp();
  const queries = useQueryClient();
  const [dialog, setDialog] = useState<WindowDialog | null>(null);
  // A notification's link opens its application here (?open=<id>).
  const [params] = useSearchParams();
  const [opened, setOpened] = useState<string | null>(params.get('open'));
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<{ stage?: string; utility?: string; state?: string }>({});
  const tasks = useQuery({
    queryKey: ['tasks', 'window'],
    refetchInterval: 10_000,
    queryFn: () => ok(api.GET('/api/v1/tasks', { params: { query: { pageSize: 200 } } })),
  });
  const found = useQuery({
    queryKey: ['applications', 'search', search],
    enabled: search.length > 0,
    queryFn: () => ok(api.GET('/api/v1/applications', { params: { query: { q: search, pageSize: 50 } } })),
  });
  const act = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) =>
      ok(api.POST('/api/v1/applications/{id}/window-actions', { params: { path: { id } }, body: body as never })),
    onSuccess: () => {
      message.success(t('saved'));
      setDialog(null);
      void queries.invalidateQueries({ queryKey: ['tasks'] });
      void queries.invalidateQueries({ queryKey: ['application'] });
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  const all = ((tasks.data as { items?: Task[] } | undefined)?.items ?? []) as Task[];
  const items = all
    .filter((r) => !filter.stage || r.stage === filter.stage)
    .filter((r) => !filter.utility || r.utilities.includes(filter.utility))
    .filter((r) => !filter.state || r.slaState === filter.state)
    .sort(byUrgency);
  const title = (number: string | null, company: string) => `${number ?? t('noNumber')} · ${company}`;
  const open = async (kind: DialogKind, id: string, number: string | null, company: string) => {
    // A supplement proposes the required documents still missing.
    const missing =
      kind === 'supplement'
        ? (
            (await ok(api.GET('/api/v1/applications/{id}/documents', { params: { path: { id } } })).catch(
              () => undefined,
            )) as { missing?: string[] } | undefined
          )?.missing
        : undefined;
    setDialog({ kind, applicationId: id, title: title(number, company), missing });
  };
  /** Accepting is final: say what happens, then do it. */
  const accept = (a: { id: string; number: string | null; companyName: string; utilities: string[] }) =>
    modal.confirm({
      title: t('confirmAccept', { number: a.number ?? t('noNumber'), company: a.companyName }),
      content: t('confirmAcceptBody', {
        providers: a.utilities.map((u) => e(u)).join(lang === 'zh' ? '、' : ', '),
      }),
      okText: t('accept'),
      cancelText: t('cancel'),
      onOk: () => act.mutateAsync({ id: a.id, body: { action: 'accept' } }),
    });
  const actions = (r: Task) =>
    r.stage === 'acceptance' ? (
      <Space wrap>
        <Button
          type="primary"
          onClick={() =>
            accept({
              id: r.applicationId,
              number: r.applicationNumber,
              companyName: r.companyName,
              utilities: r.utilities,
            })
          }
          aria-label={`${t('accept')} ${r.companyName}`}
        >
          {t('accept')}
        </Button>
        <Button onClick={() => open('supplement', r.applicationId, r.applicationNumber, r.companyName)}>
          {t('requestSupplement')}
        </Button>
        <Button danger onClick={() => open('reject', r.applicationId, r.applicationNumber, r.companyName)}>
          {t('reject')}
        </Button>
      </Space>
    ) : (
      <Space wrap>
        <Button type="primary" onClick={() => open('schedule', r.applicationId, r.applicationNumber, r.companyName)}>
          {t('scheduleSurvey')}
        </Button>
        <Button onClick={() => open('missed', r.applicationId, r.applicationNumber, r.companyName)}>
          {t('reportMissed')}
        </Button>
      </Space>
    );
  const inboxTask = (id: string) => all.find((r) => r.applicationId === id);
  return (
    <Card title={<Typography.Title level={2}>{t('nav_inbox')}</Typography.Title>}>
      <SearchBar
        onSearch={setSearch}
        filters={[
          {
            label: 'allStages',
            values: ['acceptance', 'survey-scheduling'],
            onChange: (stage) => setFilter((f) => ({ ...f, stage })),
          },
          { label: 'allUtilities', values: UTILITIES, onChange: (utility) => setFilter((f) => ({ ...f, utility })) },
          {
            label: 'allStates',
            values: ['breached', 'warning', 'on_track'],
            onChange: (state) => setFilter((f) => ({ ...f, state })),
          },
        ]}
      />
      {search && (
        <Loaded loading={found.isLoading} error={found.error}>
          <Typography.Title level={3}>{t('searchResults')}</Typography.Title>
          <Table<Summary>
            data-testid="search-results"
            rowKey="id"
            scroll={{ x: 'max-content' }}
            dataSource={(found.data as { items?: Summary[] } | undefined)?.items ?? []}
            locale={{ emptyText: t('noData') }}
            pagination={false}
            style={{ marginBottom: 24 }}
            columns={[
              { title: t('applicationNumber'), dataIndex: 'number', render: (n: string | null) => n ?? t('noNumber') },
              { title: t('company'), dataIndex: 'companyName' },
              { title: t('utility'), dataIndex: 'utilities', render: (us: string[]) => us.map(e).join('、') },
              { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag>{e(s)}</Tag> },
              { title: t('submittedAt'), dataIndex: 'submittedAt', render: (v: string) => date(v) },
              {
                title: t('actions'),
                render: (_, r) => (
                  <Button onClick={() => setOpened(r.id)} aria-label={`${t('open')} ${r.number ?? r.companyName}`}>
                    {t('open')}
                  </Button>
                ),
              },
            ]}
          />
        </Loaded>
      )}
      <Loaded loading={tasks.isLoading} error={tasks.error}>
        <Table<Task>
          data-testid="inbox"
          rowKey={(r) => `${r.applicationId}.${r.stage}`}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('noData') }}
          columns={[
            {
              title: t('applicationNumber'),
              dataIndex: 'applicationNumber',
              render: (n: string | null, r) => (
                <Button type="link" onClick={() => setOpened(r.applicationId)} style={{ padding: 0 }}>
                  {n ?? t('noNumber')}
                </Button>
              ),
            },
            { title: t('company'), dataIndex: 'companyName' },
            { title: t('utility'), dataIndex: 'utilities', render: (us: string[]) => us.map(e).join('、') },
            {
              title: t('submittedAt'),
              dataIndex: 'submittedAt',
              sorter: (a, b) => a.submittedAt.localeCompare(b.submittedAt),
              render: (v: string) => date(v),
            },
            { title: t('stage'), dataIndex: 'stage', render: (s: string) => e(s) },
            {
              title: t('due'),
              dataIndex: 'dueAt',
              sorter: (a, b) => a.dueAt.localeCompare(b.dueAt),
              render: (d: string, r) => (
                <>
                  <Deadline dueAt={d} slaState={r.slaState} paused={r.status === 'paused'} />
                  <div>
                    <ExplainDeadline applicationId={r.applicationId} track="joint" stage={r.stage} />
                  </div>
                </>
              ),
            },
            {
              title: t('actions'),
              render: (_, r) => (
                <Space wrap>
                  <Button onClick={() => setOpened(r.applicationId)} aria-label={`${t('open')} ${r.companyName}`}>
                    {t('open')}
                  </Button>
                  {actions(r)}
                </Space>
              ),
            },
          ]}
        />
      </Loaded>
      <ApplicationDrawer
        id={opened}
        onClose={() => setOpened(null)}
        extra={(a) => {
          const task = inboxTask(a.id);
          return task ? actions(task) : null;
        }}
      />
      <WindowDialogs
        dialog={dialog}
        pending={act.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(id, body) => act.mutate({ id, body })}
      />
    </Card>
  );
}
