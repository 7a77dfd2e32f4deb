import { App, Button, Card, Form, Input, Modal, Radio, Rate, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Deadline, failureText, fieldErrors } from '../../ui';
import { DeskFilter, DeskList } from '../desk';

interface FollowUp {
  id: string;
  subject: { kind: string; id: string };
  score: number;
  comment?: string | null;
  services: { utility: string; providerId: string }[];
  ratedAt: string;
  followUp: { dueAt: string; outcome: string | null; note: string | null; recordedAt: string | null; late: boolean };
}

const OUTCOMES = ['resolved', 'explained', 'unresolved', 'unreachable'];

/**
 * The window's follow-up calls (回访) after ratings of 1 or 2: open ones first, by deadline; each
 * recorded once with its outcome. The district sees the same list.
 */
export default function FollowUps() {
  const { t, e, date, lang } = useI18n();
  const { message } = App.useApp();
  const names = useNames();
  const queries = useQueryClient();
  const { principal } = useSession();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [recording, setRecording] = useState<FollowUp | null>(null);
  const [form] = Form.useForm();
  const { data, isLoading, error } = useQuery({
    queryKey: ['follow-ups', status],
    refetchInterval: 15_000,
    queryFn: () => ok(api.GET('/api/v1/follow-ups', { params: { query: status === 'open' ? { status } : {} } })),
  });
  const record = useMutation({
    mutationFn: (body: { outcome: string; note: string }) =>
      ok(
        api.POST('/api/v1/follow-ups/{id}/outcome', {
          params: { path: { id: recording?.id ?? '' } },
          body: body as never,
        }),
      ),
    onSuccess: () => {
      message.success(t('saved'));
      setRecording(null);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['follow-ups'] });
    },
    onError: (err) => {
      form.setFields(fieldErrors(err, lang) as never);
      message.error(failureText(err, lang));
    },
  });
  const items = ((data as { items?: FollowUp[] } | undefined)?.items ?? []) as FollowUp[];
  return (
    <Card title={<Typography.Title level={2}>{t('followUpsTitle')}</Typography.Title>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('followUpsIntro')}</Typography.Paragraph>
        <DeskFilter
          label={t('followUpsTitle')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'open', label: t('followUpsOpen') },
            { value: 'all', label: t('allNotifications') },
          ]}
        />
        <DeskList
          loading={isLoading}
          error={error}
          items={items}
          empty={t('followUpsNone')}
          columns={[
            { title: t('followUpRatedAt'), dataIndex: 'ratedAt', render: (v: string) => date(v) },
            {
              title: t('followUpSubject'),
              render: (_, f) =>
                [
                  t(`rated_${f.subject.kind}` as never),
                  ...f.services.map((s) => `${names.provider(s.providerId)} · ${e(s.utility)}`),
                ].join(' — '),
            },
            {
              title: t('followUpScore'),
              render: (_, f) => (
                <Space direction="vertical" size={0}>
                  <span>
                    <Rate disabled value={f.score} style={{ fontSize: 12 }} aria-hidden />{' '}
                    {t('ratedScore', { n: f.score })}
                  </span>
                  {f.comment && <Typography.Text type="secondary">{f.comment}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t('followUpDue'),
              render: (_, f) => (
                <Space wrap size={4}>
                  {f.followUp.outcome ? (
                    <Tag color="#2b7a0b">{t('followUpRecorded')}</Tag>
                  ) : (
                    <Deadline dueAt={f.followUp.dueAt} />
                  )}
                  {f.followUp.late && <Tag color="#c21f1f">{t('followUpLate')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('followUpOutcome'),
              render: (_, f) =>
                f.followUp.outcome ? (
                  <Space direction="vertical" size={0}>
                    <span>{t(`followUp_${f.followUp.outcome}` as never)}</span>
                    <Typography.Text type="secondary">{f.followUp.note}</Typography.Text>
                  </Space>
                ) : principal?.role === 'window' || principal?.role === 'admin' ? (
                  <Button type="primary" onClick={() => setRecording(f)}>
                    {t('followUpRecord')}
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Space>
      <Modal
        open={!!recording}
        title={t('followUpRecord')}
        okText={t('followUpRecord')}
        cancelText={t('cancel')}
        confirmLoading={record.isPending}
        onCancel={() => setRecording(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ outcome: 'resolved' }} onFinish={(v) => record.mutate(v)}>
          <Form.Item name="outcome" label={t('followUpOutcome')}>
            <Radio.Group options={OUTCOMES.map((o) => ({ value: o, label: t(`followUp_${o}` as never) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('followUpNote')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
