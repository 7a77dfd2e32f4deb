import { App, Button, Card, Descriptions, Drawer, Progress, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApplicationDrawer } from '../ApplicationDrawer';
import { InterruptionDetail } from '../interruptions/InterruptionDetail';
import { api, ok } from '../../api/client';
import { download } from '../../api/files';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { failureText, Loaded } from '../../ui';

interface Side {
  breaches: number;
  fen: number;
}
interface Row {
  utility: string;
  providerId: string | null;
  stage: string;
  current: Side;
  draft: Side;
  difference: Side;
}
interface Outcome {
  applicationId: string;
  subject?: 'interruption';
  track: string;
  stage: string;
  breached: boolean;
  fen: number;
}
interface Run {
  id: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  periodFrom: string;
  periodTo: string;
  requestedAt: string;
  total: number;
  done: number;
  percent: number;
  rows: Row[];
  changed: { current: Outcome; draft: Outcome; applicationNumber: string | null }[];
  changedCount: number;
}

/** A signed difference: "+¥400.00", "−1". */
const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text.replace(/^-/, '')}` : text);

/**
 * One what-if run: its progress while it runs (cancellable), then per utility, provider and stage
 * the breaches and compensation now and under the draft, the applications that change, the CSV,
 * and publishing the draft.
 */
export function WhatIfResult() {
  const { id } = useParams();
  const { t, e, date, money, lang } = useI18n();
  const names = useNames();
  const { message, modal } = App.useApp();
  const queries = useQueryClient();
  const [opened, setOpened] = useState<string | null>(null);
  const [interruption, setInterruption] = useState<{ id: string; reference: string } | null>(null);
  const { data, isLoading, error } = useQuery({
    queryKey: ['what-if', id],
    queryFn: () => ok(api.GET('/api/v1/what-if/{id}', { params: { path: { id: id! } } })),
    // Live while it runs.
    refetchInterval: (q) => ((q.state.data as Run | undefined)?.status === 'running' ? 1000 : false),
  });
  const run = data as unknown as Run | undefined;
  const act = (path: '/api/v1/what-if/{id}/cancel' | '/api/v1/what-if/{id}/publish') =>
    ok(api.POST(path, { params: { path: { id: id! } } }));
  const cancel = useMutation({
    mutationFn: () => act('/api/v1/what-if/{id}/cancel'),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['what-if', id] }),
    onError: (err) => message.error(failureText(err, lang)),
  });
  const publish = useMutation({
    mutationFn: () => act('/api/v1/what-if/{id}/publish'),
    onSuccess: () => {
      message.success(t('saved'));
      void queries.invalidateQueries({ queryKey: ['catalog'] });
    },
    onError: (err) => message.error(failureText(err, lang)),
  });
  const side = (s: Side) => `${s.breaches} · ${money(s.fen)}`;
  return (
    <Card title={<Typography.Title level={2}>{t('whatIfResultTitle')}</Typography.Title>}>
      <Loaded loading={isLoading} error={error}>
        {run && (
          <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="what-if-result">
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('whatIfPeriod')}>
                {date(run.periodFrom)} – {date(run.periodTo)}
              </Descriptions.Item>
              <Descriptions.Item label={t('status')}>
                <Tag>{e(`what-if-${run.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('whatIfProgress')}>
                <Progress percent={run.percent} aria-label={t('whatIfProgress')} style={{ maxWidth: 320 }} />
                <div>{t('whatIfDone', { done: run.done, total: run.total })}</div>
              </Descriptions.Item>
            </Descriptions>
            <Space wrap>
              {run.status === 'running' && (
                <Button danger onClick={() => cancel.mutate()} loading={cancel.isPending}>
                  {t('whatIfCancel')}
                </Button>
              )}
              {run.status === 'done' && (
                <>
                  <Button
                    onClick={() =>
                      download(`/api/v1/what-if/${run.id}`, `what-if-${run.id}.csv`, 'text/csv').catch((err) =>
                        message.error(failureText(err, lang)),
                      )
                    }
                  >
                    {t('downloadCsv')}
                  </Button>
                  <Button
                    type="primary"
                    loading={publish.isPending}
                    onClick={() =>
                      modal.confirm({
                        title: t('whatIfPublishConfirm'),
                        content: t('confirmPublishBody'),
                        okText: t('publish'),
                        cancelText: t('cancel'),
                        onOk: () => publish.mutateAsync(),
                      })
                    }
                  >
                    {t('whatIfPublish')}
                  </Button>
                </>
              )}
            </Space>
            <Table<Row>
              data-testid="what-if-rows"
              scroll={{ x: 'max-content' }}
              size="small"
              pagination={false}
              rowKey={(r) => `${r.utility}/${r.providerId}/${r.stage}`}
              dataSource={run.rows}
              locale={{ emptyText: t('noData') }}
              columns={[
                { title: t('utility'), dataIndex: 'utility', render: (v: string) => e(v) },
                {
                  title: t('provider'),
                  dataIndex: 'providerId',
                  render: (v: string | null) => (v ? names.provider(v) : e('joint')),
                },
                { title: t('stage'), dataIndex: 'stage', render: (v: string) => e(v) },
                { title: t('whatIfNow'), render: (_, r) => side(r.current) },
                { title: t('whatIfDraft'), render: (_, r) => side(r.draft) },
                {
                  title: t('whatIfDifference'),
                  render: (_, r) =>
                    `${signed(r.difference.breaches, String(r.difference.breaches))} · ${signed(r.difference.fen, money(r.difference.fen))}`,
                },
              ]}
            />
            <div>
              <Typography.Title level={3}>{t('whatIfChanged', { n: run.changedCount })}</Typography.Title>
              <Table
                data-testid="what-if-changed"
                scroll={{ x: 'max-content' }}
                size="small"
                rowKey={(c) => `${c.current.applicationId}/${c.current.track}/${c.current.stage}`}
                dataSource={run.changed}
                pagination={{ pageSize: 20 }}
                locale={{ emptyText: t('noData') }}
                columns={[
                  {
                    title: t('whatIfSubject'),
                    render: (_, c) =>
                      c.current.subject === 'interruption' ? (
                        <Button
                          type="link"
                          style={{ padding: 0 }}
                          onClick={() =>
                            setInterruption({ id: c.current.applicationId, reference: c.applicationNumber ?? '' })
                          }
                        >
                          {t('whatIfInterruption', { reference: c.applicationNumber ?? '' })}
                        </Button>
                      ) : (
                        <Button type="link" style={{ padding: 0 }} onClick={() => setOpened(c.current.applicationId)}>
                          {c.applicationNumber ?? t('noNumber')}
                        </Button>
                      ),
                  },
                  { title: t('utility'), render: (_, c) => e(c.current.track) },
                  { title: t('stage'), render: (_, c) => e(c.current.stage) },
                  {
                    title: t('whatIfNow'),
                    render: (_, c) => `${c.current.breached ? t('breached') : t('onTime')} · ${money(c.current.fen)}`,
                  },
                  {
                    title: t('whatIfDraft'),
                    render: (_, c) => `${c.draft.breached ? t('breached') : t('onTime')} · ${money(c.draft.fen)}`,
                  },
                ]}
              />
            </div>
          </Space>
        )}
      </Loaded>
      <ApplicationDrawer id={opened} onClose={() => setOpened(null)} />
      <Drawer
        open={interruption !== null}
        onClose={() => setInterruption(null)}
        title={interruption ? t('whatIfInterruption', { reference: interruption.reference }) : ''}
        size="large"
      >
        {interruption && <InterruptionDetail id={interruption.id} />}
      </Drawer>
    </Card>
  );
}
