import { useEffect } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  List,
  Rate,
  Row,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n';
import { useSession } from '../auth';
import { Deadline, failureText, Loaded, SlaTag } from '../ui';
import NewApplication from './applicant/NewApplication';
import { useNames } from '../names';

const STAGE_ORDER = ['survey', 'plan', 'construction', 'connection'];

export default function ApplicantPages() {
  return (
    <Routes>
      <Route index element={<MyApplications />} />
      <Route path="new" element={<NewApplication />} />
      <Route path="notifications" element={<Notifications />} />
      <Route path=":id" element={<ApplicationPage />} />
    </Routes>
  );
}

/** The one form: sections appear as utilities are ticked; the API's own problems are shown on their fields, all at once. */

interface Summary {
  id: string;
  companyName: string;
  status: string;
  utilities: string[];
  submittedAt: string;
}

function MyApplications() {
  const { t, e, date } = useI18n();
  const { data, isLoading, error } = useQuery({
    queryKey: ['applications'],
    queryFn: () => ok(api.GET('/api/v1/applications', { params: { query: { pageSize: 50 } } })),
  });
  return (
    <Card
      title={<Typography.Title level={2}>{t('myApplications')}</Typography.Title>}
      extra={
        <Link to="/applicant/new">
          <Button type="primary">{t('nav_new')}</Button>
        </Link>
      }
    >
      <Loaded loading={isLoading} error={error}>
        <Table<Summary>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          dataSource={(data as { items: Summary[] } | undefined)?.items ?? []}
          locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('company'), dataIndex: 'companyName' },
            { title: t('utility'), dataIndex: 'utilities', render: (us: string[]) => us.map((u) => e(u)).join('、') },
            { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag>{e(s)}</Tag> },
            { title: t('submittedAt'), dataIndex: 'submittedAt', render: (v: string) => date(v) },
            { title: t('actions'), render: (_, r) => <Link to={`/applicant/${r.id}`}>{t('open')}</Link> },
          ]}
        />
      </Loaded>
    </Card>
  );
}

interface StageView {
  track: string;
  stage: string;
  status: string;
  slaState: string;
  dueAt: string;
  pauses: { reason: string; from: string; to: string | null }[];
  completedAt: string | null;
}
interface ServiceView {
  utility: string;
  providerId: string;
  phase: string;
  permitStatus: string | null;
  accountId: string | null;
  applicantPaysFen: number | null;
  currentStage: StageView | null;
  total: StageView | null;
  stages: StageView[];
  compensation: { accruedFen: number };
}
interface Detail extends Summary {
  supplement?: { items: string[]; message: string } | null;
  rating?: number | null;
  joint: { stages: StageView[] };
  services: ServiceView[];
  compensation: { accruedFen: number };
}

/** One lane per utility: where it stands, its deadline, pauses and why, permit, quote, compensation. */
function Lane({ service }: { service: ServiceView }) {
  const { t, e, date, money } = useI18n();
  const names = useNames();
  const current = STAGE_ORDER.indexOf(service.phase);
  const stage = service.currentStage;
  return (
    <Card
      size="small"
      title={`${e(service.utility)} · ${names.provider(service.providerId)}`}
      data-testid={`lane-${service.utility}`}
    >
      <Steps
        size="small"
        current={service.phase === 'done' ? STAGE_ORDER.length : Math.max(0, current)}
        items={STAGE_ORDER.map((s) => ({ title: e(s) }))}
        aria-label={`${e(service.utility)}: ${e(service.phase)}`}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('status')}>
          <Tag>{e(service.phase)}</Tag>
        </Descriptions.Item>
        {stage && stage.status !== 'done' && (
          <Descriptions.Item label={`${t('due')} (${e(stage.stage)})`}>
            {date(stage.dueAt)}{' '}
            <Deadline dueAt={stage.dueAt} slaState={stage.slaState} paused={stage.status === 'paused'} />
          </Descriptions.Item>
        )}
        {service.total && (
          <Descriptions.Item label={`${t('due')} (${e('total')})`}>
            {date(service.total.dueAt)} <SlaTag state={service.total.slaState} />
          </Descriptions.Item>
        )}
        {service.stages.some((s) => s.pauses.length > 0) && (
          <Descriptions.Item label={t('pauses')}>
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {service.stages.flatMap((s) =>
                s.pauses.map((p) => (
                  <li key={`${s.stage}-${p.from}-${p.reason}`}>
                    {e(s.stage)}: {p.reason} ({date(p.from)} – {p.to ? date(p.to) : '…'})
                  </li>
                )),
              )}
            </ul>
          </Descriptions.Item>
        )}
        {service.permitStatus && (
          <Descriptions.Item label={t('permit')}>
            <Tag>{e(service.permitStatus)}</Tag>
          </Descriptions.Item>
        )}
        {service.applicantPaysFen !== null && (
          <Descriptions.Item label={t('applicantPays')}>
            {money(service.applicantPaysFen)}
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('zeroBurden')}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
        {service.compensation.accruedFen > 0 && (
          <Descriptions.Item label={t('compensation')}>{money(service.compensation.accruedFen)}</Descriptions.Item>
        )}
        {service.accountId && <Descriptions.Item label={t('account')}>{service.accountId}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, e, date, lang, money } = useI18n();
  const { message, modal } = App.useApp();
  const queries = useQueryClient();
  const detail = useQuery({
    queryKey: ['application', id],
    refetchInterval: 5_000,
    queryFn: () => ok(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })),
  });
  const events = useQuery({
    queryKey: ['application-events', id],
    refetchInterval: 5_000,
    queryFn: () => ok(api.GET('/api/v1/applications/{id}/events', { params: { path: { id } } })),
  });
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => {
      message.success(t('saved'));
      void queries.invalidateQueries({ queryKey: ['application', id] });
      void queries.invalidateQueries({ queryKey: ['application-events', id] });
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  const app = detail.data as unknown as Detail | undefined;
  const timeline =
    (events.data as unknown as { type: string; recordedAt: string; data: Record<string, unknown> }[]) ?? [];
  return (
    <Loaded loading={detail.isLoading} error={detail.error}>
      {app && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card>
            <Typography.Title level={2}>{app.companyName}</Typography.Title>
            <Space wrap>
              <Tag color="blue">{e(app.status)}</Tag>
              <span>
                {t('submittedAt')} {date(app.submittedAt)}
              </span>
              {app.compensation.accruedFen > 0 && (
                <span>
                  {t('compensation')}: {money(app.compensation.accruedFen)}
                </span>
              )}
            </Space>
            {app.joint.stages
              .filter((s) => s.status === 'open' || s.status === 'paused')
              .map((s) => (
                <div key={s.stage} style={{ marginTop: 8 }}>
                  {e(s.stage)}: <Deadline dueAt={s.dueAt} slaState={s.slaState} paused={s.status === 'paused'} />
                </div>
              ))}
          </Card>
          {app.status === 'supplement-requested' && app.supplement && (
            <Card title={t('supplement')}>
              <Alert
                type="warning"
                showIcon
                title={app.supplement.message}
                description={app.supplement.items.join('；')}
              />
              <Form
                layout="vertical"
                style={{ marginTop: 12 }}
                onFinish={(v: { note: string }) =>
                  act.mutate(() =>
                    ok(api.POST('/api/v1/applications/{id}/supplements', { params: { path: { id } }, body: v })),
                  )
                }
              >
                <Form.Item name="note" label={t('supplementNote')} rules={[{ required: true }]}>
                  <Input style={{ maxWidth: 480 }} />
                </Form.Item>
                <Button htmlType="submit" type="primary">
                  {t('supplement')}
                </Button>
              </Form>
            </Card>
          )}
          <Typography.Title level={3}>{t('lanes')}</Typography.Title>
          <Row gutter={[16, 16]}>
            {app.services.map((s) => (
              <Col xs={24} lg={12} key={s.utility}>
                <Lane service={s} />
              </Col>
            ))}
          </Row>
          {app.status === 'completed' && !app.rating && (
            <Card title={t('rate')}>
              <Form
                layout="vertical"
                onFinish={(v: { score: number; comment?: string }) =>
                  act.mutate(() =>
                    ok(api.POST('/api/v1/applications/{id}/rating', { params: { path: { id } }, body: v })),
                  )
                }
              >
                <Form.Item name="score" label={t('rate')} rules={[{ required: true }]}>
                  <Rate />
                </Form.Item>
                <Form.Item name="comment" label={t('rateComment')}>
                  <Input />
                </Form.Item>
                <Button htmlType="submit" type="primary">
                  {t('ok')}
                </Button>
              </Form>
            </Card>
          )}
          {['submitted', 'supplement-requested', 'accepted', 'in-progress'].includes(app.status) && (
            <Card title={t('withdraw')}>
              <Form
                layout="vertical"
                onFinish={(v: { reason: string }) =>
                  // Final: say what stops and what stays, then do it.
                  modal.confirm({
                    title: t('confirmWithdraw'),
                    content: t('confirmWithdrawBody'),
                    okText: t('withdraw'),
                    okButtonProps: { danger: true },
                    cancelText: t('cancel'),
                    onOk: () =>
                      act.mutate(() =>
                        ok(api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id } }, body: v })),
                      ),
                  })
                }
              >
                <Form.Item name="reason" label={t('withdrawReason')} rules={[{ required: true }]}>
                  <Input style={{ maxWidth: 480 }} />
                </Form.Item>
                <Button htmlType="submit" danger>
                  {t('withdraw')}
                </Button>
              </Form>
            </Card>
          )}
          <Card title={t('timeline')}>
            <Timeline
              data-testid="timeline"
              items={timeline.map((ev) => ({
                content: (
                  <span>
                    <strong>{eventLabel(ev, e)}</strong> · {date(eventTime(ev))}
                  </span>
                ),
                color: ev.type === 'SlaBreached' ? 'red' : ev.type.endsWith('Completed') ? 'green' : 'blue',
              }))}
            />
          </Card>
        </Space>
      )}
    </Loaded>
  );
}

/** When it happened: the event's own time (clocks record their due moments), else when it was recorded. */
function eventTime(ev: { recordedAt: string; data: Record<string, unknown> }): string {
  const own = ev.data.at ?? ev.data.startedAt ?? ev.data.submittedAt;
  return typeof own === 'string' ? own : ev.recordedAt;
}

/** A timeline entry in words: the event, and the utility and stage it concerns. */
function eventLabel(ev: { type: string; data: Record<string, unknown> }, e: (v: string) => string) {
  const where = [ev.data.track, ev.data.stage]
    .filter((x): x is string => typeof x === 'string')
    .map(e)
    .join(' · ');
  return where ? `${e(ev.type)} (${where})` : e(ev.type);
}

function Notifications() {
  const { t, lang, date } = useI18n();
  const { principal } = useSession();
  const { data, isLoading, error } = useQuery({
    queryKey: ['notification-list'],
    queryFn: () => ok(api.GET('/api/v1/notifications', { params: { query: { pageSize: 100 } } })),
  });
  const page = data as
    { items: { id: string; message: string; messageZh: string; createdAt: string }[]; total: number } | undefined;
  useEffect(() => {
    if (page) localStorage.setItem(`lianbao.seen.${principal?.sub}`, String(page.total));
  }, [page, principal]);
  return (
    <Card title={<Typography.Title level={2}>{t('notifications')}</Typography.Title>}>
      <Loaded loading={isLoading} error={error}>
        <List
          dataSource={page?.items ?? []}
          locale={{ emptyText: t('noData') }}
          renderItem={(n) => (
            <List.Item>
              <List.Item.Meta title={lang === 'zh' ? n.messageZh : n.message} description={date(n.createdAt)} />
            </List.Item>
          )}
        />
      </Loaded>
    </Card>
  );
}
