import { App, Button, Card, Form, Input, Radio } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { failureText, fieldErrors } from '../../ui';

type Sent = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * "How was it handled?": 1 to 5 and an optional comment, sent once. A 1 or 2 is followed up by
 * the window (the hint says so, so a business knows a call may come).
 */
export function RateIt({
  title,
  send,
  refresh,
}: {
  title: string;
  send: (v: { score: number; comment?: string }) => Sent;
  refresh: string;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm();
  const rate = useMutation({
    mutationFn: (v: { score: number; comment?: string }) => ok(send(v)),
    onSuccess: () => {
      message.success(t('rated'));
      void queries.invalidateQueries({ queryKey: [refresh] });
    },
    onError: (error) => {
      form.setFields(fieldErrors(error, lang) as never);
      message.error(failureText(error, lang));
    },
  });
  return (
    <Card size="small" title={title}>
      <Form form={form} layout="vertical" onFinish={(v) => rate.mutate(v)}>
        <Form.Item name="score" label={t('rate')} extra={t('rateFollowUpHint')} rules={[{ required: true }]}>
          {/* Five named choices (a star widget tells a screen reader nothing of what 2 means). */}
          <Radio.Group
            optionType="button"
            options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: t(`score_${n}` as never) }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('rateComment')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={rate.isPending}>
          {t('rateSend')}
        </Button>
      </Form>
    </Card>
  );
}
