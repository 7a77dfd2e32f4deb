import { App, Button, Form, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Deadline, failureText, fieldErrors } from '../../ui';

export interface ThreadEntry {
  kind: 'question' | 'routed' | 'answer';
  at: string;
  party: 'asker' | 'window' | 'provider';
  providerId?: string;
  utility?: string;
  text: string;
  dueAt?: string;
}

export interface Consultation {
  id: string;
  status: 'asked' | 'routed' | 'answered' | 'closed';
  utilities: string[];
  question: string;
  site: { address: string; district: string } | null;
  companyName: string | null;
  askedAt: string;
  replyDueAt: string;
  repliedAt: string | null;
  thread: ThreadEntry[];
  parts: { utility: string; providerId: string; routedAt: string; dueAt: string; answeredAt: string | null }[];
  late: string[];
  published: boolean;
  applicationId: string | null;
  closedAt: string | null;
}

const STATUS_COLOR: Record<string, string> = { answered: '#2b7a0b', closed: 'default' };

/** Where the consultation stands, and "late" in words too (never colour alone). */
export function ConsultationStatus({ c }: { c: Consultation }) {
  const { t } = useI18n();
  return (
    <Space wrap size={4}>
      <Tag color={STATUS_COLOR[c.status]}>{t(`consultation_${c.status}` as never)}</Tag>
      {c.late.length > 0 && <Tag color="#c21f1f">{t('consultationLate')}</Tag>}
      {c.published && <Tag>{t('consultationInFaq')}</Tag>}
    </Space>
  );
}

/** The deadline that matters now: the window's reply, or the earliest provider's part still open. */
export function nextDue(c: Consultation): string | null {
  if (c.status === 'closed' || c.status === 'answered') return null;
  if (!c.repliedAt) return c.replyDueAt;
  const open = c.parts.filter((p) => !p.answeredAt).map((p) => p.dueAt);
  return open.sort()[0] ?? null;
}

/** The whole consultation as one thread: the question, each routing and each answer, who and when. */
export function ConsultationThread({ c }: { c: Consultation }) {
  const { t, e, date } = useI18n();
  const names = useNames();
  const who = (m: ThreadEntry) =>
    m.party === 'asker'
      ? t('consultationAsker')
      : m.party === 'window'
        ? t('consultationWindow')
        : `${names.provider(m.providerId)} · ${e(m.utility ?? '')}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap size={4}>
        <ConsultationStatus c={c} />
        {c.utilities.map((u) => (
          <Tag key={u}>{e(u)}</Tag>
        ))}
      </Space>
      {(c.site || c.companyName) && (
        <Typography.Text type="secondary">
          {[c.companyName, c.site && `${c.site.district} ${c.site.address}`].filter(Boolean).join(' · ')}
        </Typography.Text>
      )}
      <Timeline
        items={c.thread.map((m, i) => ({
          key: i,
          color: m.kind === 'answer' ? 'green' : m.kind === 'routed' ? 'gray' : 'blue',
          children: (
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text strong>
                {m.kind === 'routed'
                  ? t('consultationRoutedTo', { to: `${names.provider(m.providerId)} · ${e(m.utility ?? '')}` })
                  : who(m)}
              </Typography.Text>
              <Typography.Text type="secondary">{date(m.at)}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{m.text}</Typography.Paragraph>
              {m.kind === 'routed' &&
                m.dueAt &&
                (c.parts.find((p) => p.routedAt === m.at && p.answeredAt) ? (
                  <Typography.Text type="secondary">{t('consultationAnswered')}</Typography.Text>
                ) : (
                  <span>
                    {t('consultationAnswerDue')} <Deadline dueAt={m.dueAt} />
                  </span>
                ))}
            </Space>
          ),
        }))}
      />
      {!c.repliedAt && (
        <span>
          {t('consultationReplyDue')} <Deadline dueAt={c.replyDueAt} />
        </span>
      )}
    </Space>
  );
}

type Step = 'answer' | 'route' | 'publish';

/** Which steps the reader can take now (the workflow refuses the rest anyway). */
export function stepsFor(role: string | undefined, provider: string | undefined, c: Consultation): Step[] {
  if (c.status === 'closed') return [];
  if (role === 'window' || role === 'admin') {
    const answered = c.thread.some((m) => m.kind === 'answer');
    return ['answer', 'route', ...(answered && !c.published ? (['publish'] as const) : [])];
  }
  if (role === 'staff') return c.parts.some((p) => p.providerId === provider && !p.answeredAt) ? ['answer'] : [];
  return [];
}

/** The reader's steps: each opens a short form; the API's problems land on their fields. */
export function ConsultationActions({
  c,
  role,
  provider,
}: {
  c: Consultation;
  role: string | undefined;
  provider: string | undefined;
}) {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [open, setOpen] = useState<Step | null>(null);
  const [form] = Form.useForm();
  const act = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      ok(api.POST('/api/v1/consultations/{id}/actions', { params: { path: { id: c.id } }, body: body as never })),
    onSuccess: () => {
      message.success(t('saved'));
      setOpen(null);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['consultations'] });
    },
    onError: (error) => {
      form.setFields(fieldErrors(error, lang));
      message.error(failureText(error, lang));
    },
  });
  const steps = stepsFor(role, provider, c);
  if (!steps.length) return null;
  const routable = c.utilities.filter((u) => !c.parts.some((p) => p.utility === u && !p.answeredAt));
  return (
    <>
      <Space wrap>
        {steps.map((step) => (
          <Button
            key={step}
            type={step === 'answer' ? 'primary' : 'default'}
            onClick={() => {
              setOpen(step);
              if (step === 'route') form.setFieldsValue({ utility: routable[0] });
            }}
          >
            {t(`consultationStep_${step}` as never)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open ? t(`consultationStep_${open}` as never) : ''}
        okText={open ? t(`consultationStep_${open}` as never) : ''}
        cancelText={t('cancel')}
        confirmLoading={act.isPending}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => act.mutate({ action: open, ...v })}>
          {open === 'answer' && (
            <Form.Item name="answer" label={t('consultationAnswer')} rules={[{ required: true }]}>
              <Input.TextArea rows={5} maxLength={4000} showCount />
            </Form.Item>
          )}
          {open === 'route' && (
            <>
              <Form.Item name="utility" label={t('consultationRouteUtility')} rules={[{ required: true }]}>
                <Select options={['power', 'water', 'gas', 'broadband'].map((u) => ({ value: u, label: e(u) }))} />
              </Form.Item>
              <Form.Item name="note" label={t('consultationRouteNote')} rules={[{ required: true }]}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {open === 'publish' && (
            <>
              <Typography.Paragraph type="secondary">{t('consultationPublishHint')}</Typography.Paragraph>
              <Form.Item name="question" label={t('faqQuestion')} rules={[{ required: true }]}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Form.Item name="answer" label={t('faqAnswer')} rules={[{ required: true }]}>
                <Input.TextArea rows={5} maxLength={4000} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}

/** The asker's way on: the application it became, or turning it into one. */
export function ApplyFromConsultation({ c }: { c: Consultation }) {
  const { t } = useI18n();
  if (c.applicationId)
    return (
      <Link to={`/applicant/${c.applicationId}`}>
        <Button>{t('consultationOpenApplication')}</Button>
      </Link>
    );
  if (c.status === 'closed') return null;
  return (
    <Link to={`/applicant/new?consultation=${c.id}`}>
      <Button type="primary">{t('consultationApply')}</Button>
    </Link>
  );
}
