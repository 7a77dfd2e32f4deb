import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiFailure, csvBody, ok } from '../api/client';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import { failureText, Loaded } from '../ui';

interface Plan {
  providerId: string;
  year: number;
  utility: string;
  plan: { saidiMinutes: number; saifi: number; onTimeRestorationPct: number };
  actual: { saidiMinutes: number; saifi: number; onTimeRestorationPct: number } | null;
  missed: string[] | null;
  penaltyFen: number | null;
}

/** Accounts connected before Lianbao (CSV import), and the providers' reliability regulation plans. */
export function ServiceAdmin() {
  const { t, e, money, lang } = useI18n();
  const names = useNames();
  const { message, modal } = App.useApp();
  const queries = useQueryClient();
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [progress, setProgress] = useState<{ imported: number; total: number }>();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm();
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const providers = Object.entries(
    (catalog.data as { providers?: Record<string, { id: string; name: string }> } | undefined)?.providers ?? {},
  );
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => ok(api.GET('/api/v1/reliability-plans', {})) });
  const upload = async (file: File) => {
    setProblems([]);
    // The file as it is: CSV, checked row by row by the API.
    let body;
    try {
      body = await ok(api.POST('/api/v1/accounts/import', await csvBody(file)));
    } catch (error) {
      setProblems(error instanceof ApiFailure ? error.body.details : []);
      message.error(failureText(error, lang));
      return false;
    }
    // A large file goes in batches (202): its progress, until it is done or refused.
    while (body.status === 'running') {
      setProgress({ imported: body.imported, total: body.total });
      await new Promise((r) => setTimeout(r, 1000));
      body = await ok(api.GET('/api/v1/accounts/imports/{id}', { params: { path: { id: body.id } } }));
    }
    setProgress(undefined);
    if (body.status === 'done') message.success(t('importDone', { n: body.imported }));
    else {
      const existing = (body.problem as { accountsExist?: { providerId: string; accountNo: string }[] } | null)
        ?.accountsExist;
      setProblems((existing ?? []).map((a) => ({ path: `${a.providerId} ${a.accountNo}`, message: t('exists') })));
      message.error(t('importRefused'));
    }
    return false;
  };
  const set = useMutation({
    mutationFn: (v: Record<string, number | string>) =>
      ok(
        api.PUT('/api/v1/reliability-plans/{providerId}/{year}', {
          params: { path: { providerId: String(v.providerId), year: Number(v.year) } },
          body: {
            utility: providers.find(([, p]) => p.id === v.providerId)?.[0],
            saidiMinutes: v.saidiMinutes,
            saifi: v.saifi,
            onTimeRestorationPct: v.onTimeRestorationPct,
            penalty: {
              perSaidiMinuteFen: Math.round(Number(v.perSaidiMinuteYuan) * 100),
              perSaifiHundredthFen: Math.round(Number(v.perSaifiHundredthYuan) * 100),
              perOnTimePointFen: Math.round(Number(v.perOnTimePointYuan) * 100),
              capFen: Math.round(Number(v.capYuan) * 100),
            },
          } as never,
        }),
      ),
    onSuccess: () => {
      message.success(t('saved'));
      setEditing(false);
      void queries.invalidateQueries({ queryKey: ['plans'] });
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  const assess = useMutation({
    mutationFn: (p: Plan) =>
      ok(
        api.POST('/api/v1/reliability-plans/{providerId}/{year}/assessment', {
          params: { path: { providerId: p.providerId, year: p.year } },
        }),
      ),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['plans'] }),
    onError: (error) => message.error(failureText(error, lang)),
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={2}>{t('importAccounts')}</Typography.Title>}>
        <Typography.Paragraph type="secondary">{t('importHint')}</Typography.Paragraph>
        <Upload accept=".csv,text/csv" beforeUpload={upload} showUploadList={false}>
          <Button>{t('chooseCsv')}</Button>
        </Upload>
        {progress && (
          <div role="status" data-testid="import-progress" style={{ marginTop: 12 }}>
            <Typography.Text>{t('importing', progress)}</Typography.Text>
            <Progress percent={Math.floor((100 * progress.imported) / progress.total)} />
          </div>
        )}
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginTop: 12 }}
            title={t('formErrors', { n: problems.length })}
            description={
              <ul style={{ margin: 0 }} data-testid="import-problems">
                {problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    <code>{p.path}</code> {p.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </Card>
      <Card
        title={<Typography.Title level={2}>{t('reliabilityPlans')}</Typography.Title>}
        extra={<Button onClick={() => setEditing(true)}>{t('setPlan')}</Button>}
      >
        <Loaded loading={plans.isLoading} error={plans.error}>
          <Table<Plan>
            scroll={{ x: 'max-content' }}
            rowKey={(p) => `${p.providerId}-${p.year}`}
            dataSource={(plans.data as unknown as Plan[]) ?? []}
            locale={{ emptyText: t('noData') }}
            data-testid="plans"
            columns={[
              { title: t('year'), dataIndex: 'year' },
              { title: t('provider'), dataIndex: 'providerId', render: (id: string) => names.provider(id) },
              { title: t('utility'), dataIndex: 'utility', render: (v: string) => e(v) },
              {
                title: t('targets'),
                render: (_, p) =>
                  `SAIDI ≤ ${p.plan.saidiMinutes} · SAIFI ≤ ${p.plan.saifi} · ≥ ${p.plan.onTimeRestorationPct}%`,
              },
              {
                title: t('actual'),
                render: (_, p) =>
                  p.actual
                    ? `SAIDI ${p.actual.saidiMinutes.toFixed(1)} · SAIFI ${p.actual.saifi.toFixed(3)} · ${p.actual.onTimeRestorationPct.toFixed(0)}%`
                    : '—',
              },
              {
                title: t('penalty'),
                render: (_, p) =>
                  p.penaltyFen === null ? (
                    <Button
                      onClick={() =>
                        modal.confirm({
                          title: t('confirmAssess', { year: p.year, provider: names.provider(p.providerId) }),
                          content: t('confirmAssessBody'),
                          okText: t('assess'),
                          cancelText: t('cancel'),
                          onOk: () => assess.mutateAsync(p),
                        })
                      }
                    >
                      {t('assess')}
                    </Button>
                  ) : (
                    <Space>
                      {money(p.penaltyFen)}
                      {(p.missed ?? []).map((m) => (
                        <Tag key={m}>{m}</Tag>
                      ))}
                    </Space>
                  ),
              },
            ]}
          />
        </Loaded>
      </Card>
      <Modal
        open={editing}
        title={t('setPlan')}
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={set.isPending}
        onCancel={() => setEditing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="plan"
          onFinish={set.mutate}
          initialValues={{
            year: new Date().getFullYear(),
            saidiMinutes: 300,
            saifi: 2,
            onTimeRestorationPct: 90,
            perSaidiMinuteYuan: 10,
            perSaifiHundredthYuan: 5,
            perOnTimePointYuan: 20,
            capYuan: 10000,
          }}
        >
          <Form.Item name="providerId" label={t('provider')} rules={[{ required: true }]}>
            <Select
              options={providers.map(([u, p]) => ({ value: p.id, label: `${e(u)} · ${names.provider(p.id)}` }))}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="saidiMinutes" label="SAIDI ≤" rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="saifi" label="SAIFI ≤" rules={[{ required: true }]}>
              <InputNumber min={0} step={0.1} />
            </Form.Item>
            <Form.Item name="onTimeRestorationPct" label={`${t('onTimeRate')} ≥ %`} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="perSaidiMinuteYuan" label={t('perSaidiMinute')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="perSaifiHundredthYuan" label={t('perSaifiHundredth')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="perOnTimePointYuan" label={t('perOnTimePoint')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="capYuan" label={t('penaltyCap')}>
              <InputNumber min={0} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </Space>
  );
}
