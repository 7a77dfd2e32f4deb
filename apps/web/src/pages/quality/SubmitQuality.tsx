import { App, Button, Card, DatePicker, Form, InputNumber, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { QUALITY_METRICS } from '../../../../../libs/domain/src/quality/quality-figures';
import { UTILITIES, type Utility } from '../../../../../libs/domain/src/form/utilities';
import { api, ok } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { failureText, fieldErrors, Loaded } from '../../ui';
import QualityCsv from './QualityCsv';

/**
 * A provider's monthly figures (供应质量与可持续性): one field per metric of its utility, each
 * with its plausible range said beside it; due by the first working day of the next month.
 */
export default function StaffQuality() {
  const { principal } = useSession();
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const providers = (catalog.data as { providers?: Record<Utility, { id: string }> } | undefined)?.providers;
  const utility = providers && UTILITIES.find((u) => providers[u]?.id === principal?.provider);
  return (
    <Loaded loading={catalog.isLoading} error={catalog.error}>
      {utility && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <SubmitQuality utility={utility} />
          <QualityCsv />
        </Space>
      )}
    </Loaded>
  );
}

function SubmitQuality({ utility }: { utility: Utility }) {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const { principal } = useSession();
  const names = useNames();
  const [form] = Form.useForm();
  const metrics = Object.entries(QUALITY_METRICS[utility]) as [string, readonly [number, number]][];
  const submit = useMutation({
    mutationFn: ({ month, ...figures }: { month: Dayjs } & Record<string, number>) =>
      ok(
        api.PUT('/api/v1/quality-figures/{providerId}/{month}', {
          params: { path: { providerId: principal?.provider ?? '', month: month.format('YYYY-MM') } },
          body: figures,
        }),
      ),
    onSuccess: () => message.success(t('qualitySubmitted')),
    onError: (error) => {
      form.setFields(fieldErrors(error, lang) as never);
      message.error(failureText(error, lang));
    },
  });
  return (
    <Card
      title={<Typography.Title level={2}>{t('qualitySubmitTitle')}</Typography.Title>}
      extra={`${names.provider(principal?.provider)} · ${e(utility)}`}
    >
      <Typography.Paragraph>{t('qualitySubmitIntro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="quality"
        style={{ maxWidth: 560 }}
        initialValues={{ month: dayjs().subtract(1, 'month') }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item name="month" label={t('month')} rules={[{ required: true }]}>
          <DatePicker picker="month" disabledDate={(d) => !d.isBefore(dayjs(), 'month')} />
        </Form.Item>
        {metrics.map(([metric, [min, max]]) => (
          <Form.Item
            key={metric}
            name={metric}
            label={t(`metric_${metric}` as never)}
            extra={t('qualityRange', { min, max })}
            rules={[{ required: true }]}
          >
            <InputNumber step={0.1} style={{ width: 200 }} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('qualitySubmit')}
        </Button>
      </Form>
    </Card>
  );
}
