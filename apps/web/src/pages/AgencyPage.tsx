import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n';
import { useSession } from '../auth';
import { Deadline, failureText, Loaded } from '../ui';
import { byUrgency, type Task } from '../tasks';

/** A road agency's pending permits with their deadlines: approve, or reject with a reason. */
export default function AgencyPage() {
  const { t, e, lang } = useI18n();
  const { principal } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [rejecting, setRejecting] = useState<Task | null>(null);
  const [form] = Form.useForm();
  const tasks = useQuery({
    queryKey: ['tasks', 'agency'],
    refetchInterval: 10_000,
    queryFn: () => ok(api.GET('/api/v1/tasks', { params: { query: { pageSize: 200 } } })),
  });
  const decide = useMutation({
    mutationFn: ({ task, decision, reason }: { task: Task; decision: 'approve' | 'reject'; reason?: string }) =>
      ok(
        api.POST('/api/v1/permits/{id}/decision', {
          params: { path: { id: task.permitId ?? `${task.applicationId}.${task.track}` } },
          body: { agency: principal?.agency, decision, reason } as never,
        }),
      ),
    onSuccess: () => {
      message.success(t('saved'));
      setRejecting(null);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  const items = [...(((tasks.data as { items?: Task[] } | undefined)?.items ?? []) as Task[])].sort(byUrgency);
  return (
    <Card title={<Typography.Title level={2}>{t('nav_permits')}</Typography.Title>}>
      <Loaded loading={tasks.isLoading} error={tasks.error}>
        <Table<Task>
          scroll={{ x: 'max-content' }}
          rowKey={(r) => `${r.applicationId}.${r.track}.${r.stage}`}
          dataSource={items}
          locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('company'), dataIndex: 'companyName' },
            { title: t('utility'), dataIndex: 'track', render: (u: string) => e(u) },
            { title: t('stage'), dataIndex: 'stage', render: (s: string) => e(s) },
            {
              title: t('due'),
              dataIndex: 'dueAt',
              render: (d: string, r) => <Deadline dueAt={d} slaState={r.slaState} />,
            },
            {
              title: t('actions'),
              render: (_, r) => (
                <Space>
                  <Button type="primary" onClick={() => decide.mutate({ task: r, decision: 'approve' })}>
                    {t('approve')}
                  </Button>
                  <Button danger onClick={() => setRejecting(r)}>
                    {t('reject')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Loaded>
      <Modal
        open={rejecting !== null}
        title={rejecting && `${rejecting.companyName} · ${t('reject')}`}
        okText={t('ok')}
        cancelText={t('cancel')}
        onCancel={() => setRejecting(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="permit-reject"
          onFinish={(v: { reason: string }) =>
            rejecting && decide.mutate({ task: rejecting, decision: 'reject', reason: v.reason })
          }
        >
          <Form.Item name="reason" label={t('reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
