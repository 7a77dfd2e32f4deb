import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n';
import { isWorkingDay, useCalendar } from '../calendar';
import { Deadline, failureText, Loaded } from '../ui';

export interface Task {
  applicationId: string;
  companyName: string;
  track: string;
  stage: string;
  status: string;
  slaState: string;
  dueAt: string;
  permitId?: string;
}

/** Breached first, then the nearest deadline: what needs doing before what can wait. */
export const byUrgency = (a: Task, b: Task) =>
  Number(b.slaState === 'breached') - Number(a.slaState === 'breached') || a.dueAt.localeCompare(b.dueAt);

type Dialog = { kind: 'supplement' | 'reject' | 'schedule' | 'missed'; task: Task } | null;

/** The one window's inbox: accept, ask for documents, reject, schedule the joint survey, report a missed one. */
export default function WindowPage() {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const year = new Date().getFullYear();
  const { data: years } = useCalendar([year, year + 1]);
  const tasks = useQuery({
    queryKey: ['tasks', 'window'],
    refetchInterval: 10_000,
    queryFn: () => ok(api.GET('/api/v1/tasks', { params: { query: { pageSize: 200 } } })),
  });
  const act = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) =>
      ok(api.POST('/api/v1/applications/{id}/window-actions', { params: { path: { id } }, body: body as never })),
    onSuccess: () => {
      message.success(t('saved'));
      setDialog(null);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  const items = [...(((tasks.data as { items?: Task[] } | undefined)?.items ?? []) as Task[])].sort(byUrgency);
  const submitDialog = (values: Record<string, unknown>) => {
    if (!dialog) return;
    const id = dialog.task.applicationId;
    if (dialog.kind === 'reject') act.mutate({ id, body: { action: 'reject', reason: values.reason } });
    if (dialog.kind === 'supplement')
      act.mutate({
        id,
        body: {
          action: 'request-supplement',
          items: String(values.items ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          message: values.message,
        },
      });
    if (dialog.kind === 'schedule')
      act.mutate({
        id,
        // The picked wall-clock time is Shanghai's, wherever the browser is.
        body: {
          action: 'schedule-joint-survey',
          appointmentAt: dayjs
            .tz((values.appointmentAt as Dayjs).format('YYYY-MM-DD HH:mm'), 'Asia/Shanghai')
            .toISOString(),
        },
      });
    if (dialog.kind === 'missed') act.mutate({ id, body: { action: 'report-missed-survey', note: values.note } });
  };
  return (
    <Card title={<Typography.Title level={2}>{t('nav_inbox')}</Typography.Title>}>
      <Loaded loading={tasks.isLoading} error={tasks.error}>
        <Table<Task>
          rowKey={(r) => `${r.applicationId}.${r.stage}`}
          dataSource={items}
          locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('company'), dataIndex: 'companyName' },
            { title: t('stage'), dataIndex: 'stage', render: (s: string) => e(s) },
            {
              title: t('due'),
              dataIndex: 'dueAt',
              render: (d: string, r) => <Deadline dueAt={d} slaState={r.slaState} paused={r.status === 'paused'} />,
            },
            {
              title: t('actions'),
              render: (_, r) =>
                r.stage === 'acceptance' ? (
                  <Space wrap>
                    <Button
                      type="primary"
                      onClick={() => act.mutate({ id: r.applicationId, body: { action: 'accept' } })}
                      aria-label={`${t('accept')} ${r.companyName}`}
                    >
                      {t('accept')}
                    </Button>
                    <Button onClick={() => setDialog({ kind: 'supplement', task: r })}>{t('requestSupplement')}</Button>
                    <Button danger onClick={() => setDialog({ kind: 'reject', task: r })}>
                      {t('reject')}
                    </Button>
                  </Space>
                ) : (
                  <Space wrap>
                    <Button type="primary" onClick={() => setDialog({ kind: 'schedule', task: r })}>
                      {t('scheduleSurvey')}
                    </Button>
                    <Button onClick={() => setDialog({ kind: 'missed', task: r })}>{t('reportMissed')}</Button>
                  </Space>
                ),
            },
          ]}
        />
      </Loaded>
      <Modal
        open={dialog !== null}
        title={
          dialog &&
          `${dialog.task.companyName} · ${t(
            dialog.kind === 'reject'
              ? 'reject'
              : dialog.kind === 'supplement'
                ? 'requestSupplement'
                : dialog.kind === 'schedule'
                  ? 'scheduleSurvey'
                  : 'reportMissed',
          )}`
        }
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={act.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submitDialog} name="window-action">
          {dialog?.kind === 'reject' && (
            <Form.Item name="reason" label={t('reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {dialog?.kind === 'supplement' && (
            <>
              <Form.Item name="items" label={t('items')} rules={[{ required: true }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Form.Item name="message" label={t('message')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'schedule' && (
            <Form.Item name="appointmentAt" label={t('appointment')} rules={[{ required: true }]}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                cellRender={(current, info) => {
                  if (info.type !== 'date') return info.originNode;
                  const day = (current as Dayjs).format('YYYY-MM-DD');
                  const off = !isWorkingDay(day, years);
                  return (
                    <div className="ant-picker-cell-inner" title={off ? t('holiday') : t('workday')}>
                      {(current as Dayjs).date()}
                      {off && (
                        <Tag style={{ marginInlineStart: 2, fontSize: 9, lineHeight: '12px', padding: '0 2px' }}>
                          {t('holiday')}
                        </Tag>
                      )}
                    </div>
                  );
                }}
              />
            </Form.Item>
          )}
          {dialog?.kind === 'missed' && (
            <Form.Item name="note" label={t('reason')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
