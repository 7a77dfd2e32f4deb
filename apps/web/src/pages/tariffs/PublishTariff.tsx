import { App, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { failureText, fieldErrors } from '../../ui';
import { TariffNoticeCard, type TariffNoticeView } from './TariffNotices';
import { WithdrawTariff } from './WithdrawTariff';

interface Values {
  reference: string;
  titleZh: string;
  title: string;
  summaryZh: string;
  summary: string;
  effectiveDate: Dayjs;
  customerTypes: string[];
  areaKind: 'all' | 'districts';
  districts?: string;
}

/**
 * A provider announces a change of its tariff (费率调整提前告知): the day picker offers no day
 * before the catalog's minimum notice, the public text is checked for personal data by the API,
 * and every problem comes back on its field in the reader's language.
 */
export default function PublishTariff() {
  const { t, e, lang } = useI18n();
  const { principal } = useSession();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<Values>();
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const data = catalog.data as
    { providers?: Record<string, { id: string }>; service?: { tariffNoticeDays?: number } } | undefined;
  const utility = Object.entries(data?.providers ?? {}).find(([, p]) => p.id === principal?.provider)?.[0];
  const minimum = data?.service?.tariffNoticeDays ?? 30;
  // Counted in days of Beijing time, as the API counts them.
  const earliest = dayjs().tz('Asia/Shanghai').startOf('day').add(minimum, 'day');
  const publish = useMutation({
    mutationFn: (v: Values) =>
      ok(
        api.POST('/api/v1/tariff-notices', {
          body: {
            reference: v.reference,
            utility: utility as never,
            title: v.title,
            titleZh: v.titleZh,
            summary: v.summary,
            summaryZh: v.summaryZh,
            effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
            customerTypes: v.customerTypes as never,
            area:
              v.areaKind === 'districts'
                ? {
                    kind: 'districts',
                    districts: (v.districts ?? '')
                      .split(/[,，、]/)
                      .map((d) => d.trim())
                      .filter(Boolean),
                  }
                : { kind: 'all' },
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('saved'));
      void queries.invalidateQueries({ queryKey: ['tariff-notices'] });
      navigate('/tariffs');
    },
    onError: (error) => {
      form.setFields(
        fieldErrors(error, lang, (path) => (path === 'area.districts' ? 'districts' : path.split('.')[0])) as never,
      );
      message.error(failureText(error, lang));
    },
  });
  const submit = (v: Values) =>
    modal.confirm({
      title: t('publishTariff'),
      content: t('confirmPublishTariff'),
      okText: t('publishTariff'),
      cancelText: t('cancel'),
      onOk: () => publish.mutateAsync(v).catch(() => undefined),
    });
  const mine = useQuery({
    queryKey: ['tariff-notices', utility],
    enabled: !!utility,
    queryFn: () => ok(api.GET('/api/v1/public/tariff-notices', { params: { query: { utility: utility as never } } })),
  });
  const published = mine.data as { today: string; items: TariffNoticeView[] } | undefined;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={2}>{t('nav_tariffs_publish')}</Typography.Title>}>
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ customerTypes: ['residential'], areaKind: 'all' }}
          style={{ maxWidth: 720 }}
        >
          <Form.Item label={t('utility')}>
            <Typography.Text>{utility ? e(utility) : '—'}</Typography.Text>
          </Form.Item>
          <Form.Item name="reference" label={t('tariffReference')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="titleZh" label={t('tariffTitleZh')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="title" label={t('tariffTitleEn')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="summaryZh" label={t('tariffSummaryZh')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="summary" label={t('tariffSummaryEn')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={t('effectiveFrom')}
            extra={t('earliestEffective', { date: earliest.format('YYYY-MM-DD'), n: minimum })}
            rules={[{ required: true }]}
          >
            <DatePicker disabledDate={(d) => d.isBefore(earliest, 'day')} needConfirm={false} />
          </Form.Item>
          {/* A validator, not `required`: antd would put aria-required on the group's div, which no role allows. */}
          <Form.Item
            name="customerTypes"
            label={t('customerTypes')}
            rules={[
              {
                validator: (_, v?: string[]) =>
                  v?.length ? Promise.resolve() : Promise.reject(new Error(t('requiredField'))),
              },
            ]}
          >
            <Checkbox.Group
              role="group"
              aria-label={t('customerTypes')}
              options={['residential', 'business'].map((c) => ({ value: c, label: e(c) }))}
            />
          </Form.Item>
          <Form.Item name="areaKind" label={t('affects')}>
            <Radio.Group
              options={[
                { value: 'all', label: t('areaAll') },
                { value: 'districts', label: t('districts') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.areaKind !== b.areaKind}>
            {({ getFieldValue }) =>
              getFieldValue('areaKind') === 'districts' && (
                <Form.Item name="districts" label={t('districts')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
              )
            }
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={publish.isPending} disabled={!utility}>
              {t('publishTariff')}
            </Button>
          </Space>
        </Form>
      </Card>
      {!!published?.items.length && (
        <Card title={<Typography.Title level={2}>{t('tariffsPublished')}</Typography.Title>}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {published.items.map((n) => (
              <TariffNoticeCard
                key={n.id}
                n={n}
                today={published.today}
                actions={
                  n.status === 'upcoming' && <WithdrawTariff id={n.id} title={lang === 'zh' ? n.titleZh : n.title} />
                }
              />
            ))}
          </Space>
        </Card>
      )}
    </Space>
  );
}
