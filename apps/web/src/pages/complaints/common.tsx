import { App, Button, Descriptions, Form, Input, InputNumber, Modal, Radio, Space, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Deadline, failureText, fieldErrors } from '../../ui';

export interface Complaint {
  id: string;
  status: string;
  utility: string;
  providerId: string;
  category: string;
  link: { kind: string; accountNo?: string; applicationId?: string; interruptionId?: string };
  description: string;
  filedAt: string;
  acknowledgeDueAt: string;
  acknowledgedAt: string | null;
  question: string | null;
  responseDueAt: string | null;
  response: string | null;
  decideDueAt: string;
  outcome: string | null;
  reasons: string | null;
  remedyFen: number | null;
  publicSummary: string | null;
  decidedAt: string | null;
  reopened: boolean;
  closedAt: string | null;
  escalations: string[];
  /** The complainant's rating of how it was handled (once closed). */
  rating?: number | null;
}

const STATUS_COLOR: Record<string, string> = { closed: '#2b7a0b', decided: '#1657b5' };

/** The complaint's state in words, and "escalated" in words too (never colour alone). */
export function ComplaintStatus({ c }: { c: Complaint }) {
  const { t } = useI18n();
  return (
    <Space wrap size={4}>
      <Tag color={STATUS_COLOR[c.status]}>{t(`complaint_${c.status}` as never)}</Tag>
      {c.escalations.length > 0 && <Tag color="#c21f1f">{t('complaintEscalated')}</Tag>}
    </Space>
  );
}

/** Everything the reader may see of one complaint, in their language. */
export function ComplaintDetails({ c }: { c: Complaint }) {
  const { t, e, date, money } = useI18n();
  const names = useNames();
  const about =
    c.link.kind === 'account'
      ? `${t('accountNo')} ${c.link.accountNo}`
      : c.link.kind === 'application'
        ? t('complaintAboutApplication')
        : t('complaintAboutInterruption');
  const items = [
    { key: 'status', label: t('status'), children: <ComplaintStatus c={c} /> },
    { key: 'provider', label: t('provider'), children: `${names.provider(c.providerId)} · ${e(c.utility)}` },
    { key: 'category', label: t('complaintCategory'), children: e(c.category) },
    { key: 'about', label: t('complaintAbout'), children: about },
    { key: 'filed', label: t('complaintFiledAt'), children: date(c.filedAt) },
    { key: 'what', label: t('complaintDescription'), children: c.description },
    {
      key: 'ack',
      label: t('complaintAcknowledge'),
      children: c.acknowledgedAt ? date(c.acknowledgedAt) : <Deadline dueAt={c.acknowledgeDueAt} />,
    },
    ...(c.question
      ? [
          { key: 'q', label: t('complaintQuestion'), children: c.question },
          {
            key: 'r',
            label: t('complaintResponse'),
            children: c.response ?? (c.responseDueAt ? <Deadline dueAt={c.responseDueAt} /> : '—'),
          },
        ]
      : []),
    {
      key: 'decision',
      label: t('complaintDecision'),
      children: c.outcome ? (
        <Space direction="vertical" size={2}>
          <span>
            {t(`outcome_${c.outcome}` as never)}
            {c.remedyFen ? ` · ${t('complaintRemedy')} ${money(c.remedyFen)}` : ''}
          </span>
          <span>{c.reasons}</span>
        </Space>
      ) : (
        <Deadline dueAt={c.decideDueAt} />
      ),
    },
    ...(c.rating ? [{ key: 'rating', label: t('rateComplaint'), children: t('ratedScore', { n: c.rating }) }] : []),
  ];
  return <Descriptions size="small" column={1} items={items} />;
}

type Step = 'acknowledge' | 'request-response' | 'respond' | 'decide' | 'accept' | 'reopen';

/** Which steps the reader can take now, by role and state (the workflow refuses the rest anyway). */
export function stepsFor(role: string | undefined, c: Complaint): Step[] {
  if (c.status === 'closed') return [];
  if (role === 'admin') {
    if (!c.acknowledgedAt) return ['acknowledge'];
    if (c.status === 'decided' || c.status === 'awaiting-provider') return [];
    return ['request-response', 'decide'];
  }
  if (role === 'staff') return c.status === 'awaiting-provider' ? ['respond'] : [];
  if (role === 'applicant') return c.status === 'decided' ? (c.reopened ? ['accept'] : ['accept', 'reopen']) : [];
  return [];
}

/** The buttons for the reader's steps; a step that needs words opens a form, errors on their fields. */
export function ComplaintActions({ c, role }: { c: Complaint; role: string | undefined }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [open, setOpen] = useState<Step | null>(null);
  const [form] = Form.useForm();
  const act = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      ok(api.POST('/api/v1/complaints/{id}/actions', { params: { path: { id: c.id } }, body: body as never })),
    onSuccess: () => {
      message.success(t('saved'));
      setOpen(null);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['complaints'] });
    },
    onError: (error) => {
      form.setFields(fieldErrors(error, lang));
      message.error(failureText(error, lang));
    },
  });
  const steps = stepsFor(role, c);
  if (!steps.length) return null;
  const direct = (step: Step) => step === 'acknowledge' || step === 'accept';
  return (
    <>
      <Space wrap>
        {steps.map((step) => (
          <Button
            key={step}
            type={step === 'decide' || step === 'respond' || step === 'accept' ? 'primary' : 'default'}
            loading={act.isPending && direct(step)}
            onClick={() => (direct(step) ? act.mutate({ action: step }) : setOpen(step))}
          >
            {t(`step_${step}` as never)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open ? t(`step_${open}` as never) : ''}
        okText={open ? t(`step_${open}` as never) : ''}
        cancelText={t('cancel')}
        confirmLoading={act.isPending}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ outcome: 'upheld', remedyYuan: 0 }}
          onFinish={(v) =>
            act.mutate(
              open === 'decide'
                ? {
                    action: 'decide',
                    outcome: v.outcome,
                    reasons: v.reasons,
                    remedyFen: v.outcome === 'rejected' ? 0 : Math.round((v.remedyYuan ?? 0) * 100),
                    publicSummary: v.publicSummary,
                  }
                : { action: open, ...v },
            )
          }
        >
          {open === 'request-response' && (
            <Form.Item name="question" label={t('complaintQuestion')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {open === 'respond' && (
            <Form.Item name="response" label={t('complaintResponse')} rules={[{ required: true }]}>
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
          )}
          {open === 'reopen' && (
            <Form.Item name="reason" label={t('complaintReopenReason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {open === 'decide' && (
            <>
              <Form.Item name="outcome" label={t('complaintDecision')}>
                <Radio.Group
                  options={['upheld', 'partly-upheld', 'rejected'].map((o) => ({
                    value: o,
                    label: t(`outcome_${o}` as never),
                  }))}
                />
              </Form.Item>
              <Form.Item name="remedyYuan" label={t('complaintRemedyYuan')}>
                <InputNumber min={0} step={100} />
              </Form.Item>
              <Form.Item name="reasons" label={t('complaintReasons')} rules={[{ required: true }]}>
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
              <Form.Item
                name="publicSummary"
                label={t('complaintPublicSummary')}
                extra={t('complaintPublicSummaryHint')}
                rules={[{ required: true }]}
              >
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
