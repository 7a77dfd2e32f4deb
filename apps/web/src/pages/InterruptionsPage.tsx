import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { InterruptionDetail } from './interruptions/InterruptionDetail';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiFailure, ok } from '../api/client';
import { useSession } from '../auth';
import { useI18n } from '../i18n';
import { failureText, Loaded } from '../ui';

interface Interruption {
  id: string;
  reference: string;
  utility: string;
  kind: string;
  planned: boolean;
  startedAt: string;
  endedAt: string | null;
  accounts: number;
  status: string;
  compensationFen: number;
}
/** Shanghai wall-clock time from the picker, whatever the browser's zone. */
const shanghai = (d: Dayjs) => dayjs.tz(d.format('YYYY-MM-DD HH:mm'), 'Asia/Shanghai').toISOString();

/**
 * A provider's interruptions and insufficient-supply reports (停电/停水/停气/断网): report one, say
 * when the crew arrived and when supply came back (again, to correct it), and see what each account is owed.
 */
export function InterruptionsPage() {
  const { t, e, date, money, lang } = useI18n();
  const { principal } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [reporting, setReporting] = useState(false);
  const [updating, setUpdating] = useState<{ item: Interruption; what: 'restoration' | 'arrival' } | null>(null);
  const [form] = Form.useForm();
  const [updateForm] = Form.useForm();
  const areaKind = Form.useWatch(['area', 'kind'], form);
  const kind = Form.useWatch('kind', form);
  const planned = Form.useWatch('planned', form);
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const providers = (catalog.data as { providers?: Record<string, { id: string }> } | undefined)?.providers ?? {};
  const utility = Object.entries(providers).find(([, p]) => p.id === principal?.provider)?.[0];
  const list = useQuery({
    queryKey: ['interruptions'],
    refetchInterval: 10_000,
    queryFn: () => ok(api.GET('/api/v1/interruptions', { params: { query: { pageSize: 100 } } })),
  });
  const done = () => {
    message.success(t('saved'));
    void queries.invalidateQueries({ queryKey: ['interruptions'] });
    void queries.invalidateQueries({ queryKey: ['interruption'] });
  };
  const onError = (target: typeof form) => (error: unknown) => {
    if (error instanceof ApiFailure)
      target.setFields(
        error.body.details
          .filter((d) => d.path && d.path !== '(body)')
          .map((d) => ({ name: d.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [d.message] })),
      );
    message.error(failureText(error, lang));
  };
  const report = useMutation({
    mutationFn: (v: Record<string, unknown>) => {
      const area = v.area as {
        kind: string;
        accountNos?: string;
        address?: string;
        district?: string;
        zoneId?: string;
      };
      const body = {
        reference: v.reference,
        utility,
        kind: v.kind,
        planned: Boolean(v.planned),
        startedAt: shanghai(v.startedAt as Dayjs),
        ...(v.endedAt ? { endedAt: shanghai(v.endedAt as Dayjs) } : {}),
        ...(v.planned && v.noticedAt ? { noticedAt: shanghai(v.noticedAt as Dayjs) } : {}),
        ...(v.planned && v.plannedEndAt ? { plannedEndAt: shanghai(v.plannedEndAt as Dayjs) } : {}),
        ...(v.kind === 'insufficient-supply' ? { measured: { value: v.measured } } : {}),
        cause: v.cause ?? '',
        area:
          area.kind === 'accounts'
            ? {
                kind: 'accounts',
                accountNos: String(area.accountNos ?? '')
                  .split(/[\s,，]+/)
                  .filter(Boolean),
              }
            : area.kind === 'site'
              ? { kind: 'site', address: area.address, district: area.district }
              : { kind: 'zone', zoneId: area.zoneId },
      };
      return ok(api.POST('/api/v1/interruptions', { body: body as never }));
    },
    onSuccess: () => {
      done();
      setReporting(false);
      form.resetFields();
    },
    onError: onError(form),
  });
  const update = useMutation({
    mutationFn: ({ item, what, at }: { item: Interruption; what: 'restoration' | 'arrival'; at: string }) =>
      what === 'restoration'
        ? ok(
            api.POST('/api/v1/interruptions/{id}/restoration', {
              params: { path: { id: item.id } },
              body: { endedAt: at },
            }),
          )
        : ok(
            api.POST('/api/v1/interruptions/{id}/arrival', {
              params: { path: { id: item.id } },
              body: { arrivedAt: at },
            }),
          ),
    onSuccess: () => {
      done();
      setUpdating(null);
      updateForm.resetFields();
    },
    onError: onError(updateForm),
  });
  return (
    <Card
      title={<Typography.Title level={2}>{t('nav_interruptions')}</Typography.Title>}
      extra={
        <Button type="primary" onClick={() => setReporting(true)} disabled={!utility}>
          {t('reportInterruption')}
        </Button>
      }
    >
      <Loaded loading={list.isLoading} error={list.error}>
        <Table<Interruption>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          dataSource={(list.data as { items?: Interruption[] } | undefined)?.items ?? []}
          locale={{ emptyText: t('noData') }}
          expandable={{ expandedRowRender: (r) => <InterruptionDetail id={r.id} />, rowExpandable: () => true }}
          columns={[
            { title: t('reference'), dataIndex: 'reference' },
            { title: t('utility'), dataIndex: 'utility', render: (v: string) => e(v) },
            {
              title: t('kind'),
              render: (_, r) => `${e(r.kind)}${r.planned ? ` · ${t('planned')}` : ''}`,
            },
            { title: t('startedAt'), dataIndex: 'startedAt', render: (v: string) => date(v) },
            { title: t('endedAt'), dataIndex: 'endedAt', render: (v: string | null) => date(v) },
            { title: t('affectedAccounts'), dataIndex: 'accounts' },
            { title: t('compensation'), dataIndex: 'compensationFen', render: (v: number) => money(v) },
            { title: t('status'), dataIndex: 'status', render: (v: string) => <Tag>{e(v)}</Tag> },
            {
              title: t('actions'),
              render: (_, r) =>
                r.status === 'closed' ? null : (
                  <Space wrap>
                    <Button onClick={() => setUpdating({ item: r, what: 'restoration' })}>
                      {r.endedAt ? t('correctRestoration') : t('reportRestoration')}
                    </Button>
                    {r.kind === 'interruption' && !r.planned && (
                      <Button onClick={() => setUpdating({ item: r, what: 'arrival' })}>{t('reportArrival')}</Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Loaded>
      <Modal
        open={reporting}
        title={`${t('reportInterruption')} · ${e(utility)}`}
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={report.isPending}
        onCancel={() => setReporting(false)}
        onOk={() => form.submit()}
        width={760}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="interruption"
          onFinish={report.mutate}
          initialValues={{ kind: 'interruption', planned: false, area: { kind: 'accounts', district: '嘉定区' } }}
        >
          <Form.Item name="reference" label={t('reference')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="kind" label={t('kind')}>
              <Radio.Group
                options={[
                  { value: 'interruption', label: e('interruption') },
                  { value: 'insufficient-supply', label: e('insufficient-supply') },
                ]}
              />
            </Form.Item>
            {kind === 'interruption' && (
              <Form.Item name="planned" label={t('planned')} valuePropName="checked">
                <Switch />
              </Form.Item>
            )}
            {kind === 'insufficient-supply' && (
              <Form.Item name="measured" label={t('measured')} rules={[{ required: true }]}>
                <InputNumber step={0.01} />
              </Form.Item>
            )}
          </Space>
          <Space wrap>
            <Form.Item name="startedAt" label={t('startedAt')} rules={[{ required: true }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} />
            </Form.Item>
            <Form.Item name="endedAt" label={t('endedAt')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} />
            </Form.Item>
            {planned && (
              <>
                <Form.Item name="noticedAt" label={t('noticedAt')} rules={[{ required: true }]}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} />
                </Form.Item>
                <Form.Item name="plannedEndAt" label={t('plannedEndAt')}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} />
                </Form.Item>
              </>
            )}
          </Space>
          <Form.Item name={['area', 'kind']} label={t('area')}>
            <Select
              style={{ width: 240 }}
              options={[
                { value: 'accounts', label: t('area_accounts') },
                { value: 'site', label: t('area_site') },
                { value: 'zone', label: t('area_zone') },
              ]}
            />
          </Form.Item>
          {areaKind === 'accounts' && (
            <Form.Item name={['area', 'accountNos']} label={t('accountNos')} rules={[{ required: true }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
          {areaKind === 'site' && (
            <Space wrap>
              <Form.Item name={['area', 'address']} label={t('address')} rules={[{ required: true }]}>
                <Input style={{ width: 'min(360px, 70vw)' }} />
              </Form.Item>
              <Form.Item name={['area', 'district']} label={t('district')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Space>
          )}
          {areaKind === 'zone' && (
            <Form.Item name={['area', 'zoneId']} label={t('zoneId')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="cause" label={t('cause')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={updating !== null}
        title={
          updating &&
          `${updating.item.reference} · ${t(updating.what === 'restoration' ? 'reportRestoration' : 'reportArrival')}`
        }
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={update.isPending}
        onCancel={() => setUpdating(null)}
        onOk={() => updateForm.submit()}
        destroyOnHidden
      >
        <Form
          form={updateForm}
          layout="vertical"
          name="interruption-update"
          onFinish={(v: { at: Dayjs }) => updating && update.mutate({ ...updating, at: shanghai(v.at) })}
        >
          <Form.Item
            name="at"
            label={updating?.what === 'restoration' ? t('endedAt') : t('arrivedAt')}
            rules={[{ required: true }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
