import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiFailure, ok } from '../api/client';
import { useI18n, type MessageKey } from '../i18n';
import { ExplainDeadline } from './explanation/ExplainDeadline';
import { Deadline, failureText, Loaded } from '../ui';
import { byUrgency, type Task } from '../tasks';
import { InterruptionsPage } from './InterruptionsPage';
import PublishTariff from './tariffs/PublishTariff';
import ComplaintsDesk from './complaints/ComplaintsDesk';
import ConsultationsDesk from './consultations/ConsultationsDesk';
import StaffQuality from './quality/SubmitQuality';
import { Route, Routes } from 'react-router';

type Action = 'record-survey' | 'submit-plan' | 'apply-road-permit' | 'complete-construction' | 'complete-connection';
const ACTIONS_BY_STAGE: Record<string, Action[]> = {
  survey: ['record-survey'],
  plan: ['submit-plan'],
  construction: ['apply-road-permit', 'complete-construction'],
  connection: ['complete-connection'],
};
const LABEL: Record<Action, MessageKey> = {
  'record-survey': 'recordSurvey',
  'submit-plan': 'submitPlan',
  'apply-road-permit': 'applyPermit',
  'complete-construction': 'completeConstruction',
  'complete-connection': 'completeConnection',
};

/** A provider's open stages, nearest deadline first, with a form per action. */
/** Provider staff: their open stages, and their interruptions after connection. */
export default function StaffPages() {
  return (
    <Routes>
      <Route path="interruptions" element={<InterruptionsPage />} />
      <Route path="tariffs" element={<PublishTariff />} />
      <Route path="complaints" element={<ComplaintsDesk />} />
      <Route path="consultations" element={<ConsultationsDesk />} />
      <Route path="quality" element={<StaffQuality />} />
      <Route path="*" element={<StaffPage />} />
    </Routes>
  );
}

function StaffPage() {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [stage, setStage] = useState<string>('all');
  const [dialog, setDialog] = useState<{ task: Task; action: Action } | null>(null);
  const [refusal, setRefusal] = useState<ApiFailure | null>(null);
  const [form] = Form.useForm();
  const tasks = useQuery({
    queryKey: ['tasks', 'staff'],
    refetchInterval: 10_000,
    queryFn: () => ok(api.GET('/api/v1/tasks', { params: { query: { pageSize: 200 } } })),
  });
  const close = () => {
    setDialog(null);
    setRefusal(null);
    form.resetFields();
  };
  const act = useMutation({
    mutationFn: ({ task, body }: { task: Task; body: Record<string, unknown> }) =>
      ok(
        api.POST('/api/v1/applications/{id}/services/{utility}/actions', {
          params: { path: { id: task.applicationId, utility: task.track as never } },
          body: body as never,
        }),
      ),
    onSuccess: () => {
      message.success(t('saved'));
      close();
      void queries.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (error) => {
      if (error instanceof ApiFailure) {
        setRefusal(error);
        // The refusal's own fields, on the form: e.g. plan.quote.0.amountFen is the line's amount.
        form.setFields(
          error.body.details.map((d) => ({
            name: d.path
              .replace(/amountFen$/, 'amountYuan')
              .split('.')
              .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
            errors: [d.message],
          })),
        );
      } else message.error(failureText(error, lang));
    },
  });
  const items = (((tasks.data as { items?: Task[] } | undefined)?.items ?? []) as Task[])
    .filter((r) => r.stage !== 'total' && (stage === 'all' || r.stage === stage))
    .sort(byUrgency);
  const submit = (v: Record<string, unknown>) => {
    if (!dialog) return;
    const { task, action } = dialog;
    const body: Record<string, unknown> = { action };
    if (action === 'record-survey') body.findings = v.findings;
    if (action === 'apply-road-permit') Object.assign(body, { route: v.route, lengthM: v.lengthM });
    if (action === 'complete-construction') body.notes = v.notes;
    if (action === 'complete-connection') body.accountId = v.accountId;
    if (action === 'submit-plan') {
      const plan = v.plan as {
        description: string;
        quote?: { item: string; amountYuan: number; outsideRedLine?: boolean }[];
        needsExternalWorks?: boolean;
        needsExcavation?: boolean;
      };
      body.plan = {
        description: plan.description,
        quote: (plan.quote ?? []).map((l) => ({
          item: l.item,
          amountFen: Math.round(Number(l.amountYuan ?? 0) * 100),
          outsideRedLine: Boolean(l.outsideRedLine),
        })),
        needsExternalWorks: Boolean(plan.needsExternalWorks),
        needsExcavation: Boolean(plan.needsExcavation),
      };
    }
    act.mutate({ task, body });
  };
  return (
    <Card title={<Typography.Title level={2}>{t('nav_tasks')}</Typography.Title>}>
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="stage-filter">{t('filterStage')}</label>
        <Select
          id="stage-filter"
          value={stage}
          onChange={setStage}
          style={{ width: 200 }}
          options={[
            { value: 'all', label: t('all') },
            ...Object.keys(ACTIONS_BY_STAGE).map((s) => ({ value: s, label: e(s) })),
          ]}
        />
      </Space>
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
              render: (d: string, r) => (
                <>
                  <Deadline dueAt={d} slaState={r.slaState} paused={r.status === 'paused'} />
                  <div>
                    <ExplainDeadline applicationId={r.applicationId} track={r.track} stage={r.stage} />
                  </div>
                </>
              ),
            },
            {
              title: t('actions'),
              render: (_, r) => (
                <Space wrap>
                  {(ACTIONS_BY_STAGE[r.stage] ?? []).map((action) => (
                    <Button
                      key={action}
                      onClick={() => setDialog({ task: r, action })}
                      disabled={r.status === 'paused'}
                    >
                      {t(LABEL[action])}
                    </Button>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Loaded>
      <Modal
        open={dialog !== null}
        title={dialog && `${dialog.task.companyName} · ${t(LABEL[dialog.action])}`}
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={act.isPending}
        onCancel={close}
        onOk={() => form.submit()}
        width={760}
        destroyOnHidden
      >
        {refusal && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 12 }}
            title={refusal.body.code === 'business_rule' ? t('zeroBurdenRefused') : t('error')}
            description={failureText(refusal, lang)}
            data-testid="refusal"
          />
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          name="staff-action"
          onValuesChange={() => setRefusal(null)}
        >
          {dialog?.action === 'record-survey' && (
            <Form.Item name="findings" label={t('findings')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {dialog?.action === 'submit-plan' && (
            <>
              <Form.Item name={['plan', 'description']} label={t('description')} rules={[{ required: true }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Typography.Paragraph type="secondary">{t('zeroBurden')}</Typography.Paragraph>
              <Form.List name={['plan', 'quote']} initialValue={[{ item: '', amountYuan: 0, outsideRedLine: false }]}>
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Space key={field.key} align="start" wrap>
                        <Form.Item name={[field.name, 'item']} label={t('quoteItem')} rules={[{ required: true }]}>
                          <Input style={{ width: 240 }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'amountYuan']} label={t('amountYuan')}>
                          <InputNumber min={0} step={100} style={{ width: 140 }} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'outsideRedLine']}
                          label={t('outsideRedLine')}
                          valuePropName="checked"
                        >
                          <Switch />
                        </Form.Item>
                        <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                          −
                        </Button>
                      </Space>
                    ))}
                    <Button onClick={() => add({ item: '', amountYuan: 0, outsideRedLine: false })}>
                      {t('addLine')}
                    </Button>
                  </>
                )}
              </Form.List>
              <Space style={{ marginTop: 12 }} wrap>
                <Form.Item
                  name={['plan', 'needsExternalWorks']}
                  label={t('needsExternalWorks')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
                <Form.Item name={['plan', 'needsExcavation']} label={t('needsExcavation')} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Space>
            </>
          )}
          {dialog?.action === 'apply-road-permit' && (
            <>
              <Form.Item name="route" label={t('route')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="lengthM" label={t('lengthM')} rules={[{ required: true }]}>
                <InputNumber min={1} />
              </Form.Item>
            </>
          )}
          {dialog?.action === 'complete-construction' && (
            <Form.Item name="notes" label={t('message')}>
              <Input />
            </Form.Item>
          )}
          {dialog?.action === 'complete-connection' && (
            <Form.Item name="accountId" label={t('accountId')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
