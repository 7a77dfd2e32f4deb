import { useState } from 'react';
import { Route, Routes } from 'react-router';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import { failureText, Loaded } from '../ui';
import { KpisAdmin } from './admin/KpisAdmin';
import { ServiceAdmin } from './ServiceAdmin';
import { CalendarAdmin } from './CalendarAdmin';
import { CatalogAdmin } from './admin/CatalogAdmin';
import { ApplicationsAdmin } from './admin/ApplicationsAdmin';
import { ApplicationDrawer } from './ApplicationDrawer';
import { ExplainDeadline } from './explanation/ExplainDeadline';
import { useOpener } from './admin/opener';
import { Ledger } from './ledger/Ledger';
import { WhatIfResult } from './what-if/WhatIfResult';
import { WhatIfRuns } from './what-if/WhatIfRuns';
import ComplaintsDesk from './complaints/ComplaintsDesk';
import ConsultationsDesk from './consultations/ConsultationsDesk';
import FollowUps from './satisfaction/FollowUps';

export default function AdminPages() {
  return (
    <Routes>
      <Route path="applications" element={<ApplicationsAdmin />} />
      <Route path="breaches" element={<Breaches />} />
      <Route path="complaints" element={<ComplaintsDesk />} />
      <Route path="consultations" element={<ConsultationsDesk />} />
      <Route path="follow-ups" element={<FollowUps />} />
      <Route path="ledger" element={<Ledger />} />
      <Route path="kpis" element={<KpisAdmin />} />
      <Route path="catalog" element={<CatalogAdmin />} />
      <Route path="service" element={<ServiceAdmin />} />
      <Route path="calendar" element={<CalendarAdmin />} />
      <Route path="what-if" element={<WhatIfRuns />} />
      <Route path="what-if/:id" element={<WhatIfResult />} />
      <Route path="*" element={<Breaches />} />
    </Routes>
  );
}

/** An interruption's clocks (after connection) belong to no application. */
interface Breach {
  id: string;
  applicationId: string;
  track: string;
  stage: string;
  party: { kind: string; id: string | null };
  dueAt: string;
  breachedAt: string;
  compensable: boolean;
  accruedFen: number;
  reviewStatus: string;
}

/** The review queue: uphold, or waive with a reason — the amount a waiver reverses shown before confirming. */
function Breaches() {
  const { t, e, money, lang, deadline } = useI18n();
  const names = useNames();
  const [opened, setOpened] = useState<string | null>(null);
  const opener = useOpener(setOpened);
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [status, setStatus] = useState<'open' | 'upheld' | 'waived'>('open');
  const [reviewing, setReviewing] = useState<Breach | null>(null);
  const [form] = Form.useForm();
  const decision = Form.useWatch('decision', form);
  const breaches = useQuery({
    queryKey: ['breaches', status],
    queryFn: () => ok(api.GET('/api/v1/breaches', { params: { query: { reviewStatus: status, pageSize: 100 } } })),
  });
  const review = useMutation({
    mutationFn: ({ id, body }: { id: string; body: { decision: 'uphold' | 'waive'; reason: string } }) =>
      ok(api.POST('/api/v1/breaches/{id}/review', { params: { path: { id } }, body })),
    onSuccess: () => {
      message.success(t('saved'));
      setReviewing(null);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['breaches'] });
      void queries.invalidateQueries({ queryKey: ['ledger'] });
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  return (
    <Card title={<Typography.Title level={2}>{t('nav_breaches')}</Typography.Title>}>
      <Radio.Group
        value={status}
        onChange={(ev) => setStatus(ev.target.value)}
        optionType="button"
        style={{ marginBottom: 12 }}
        aria-label={t('status')}
        options={(['open', 'upheld', 'waived'] as const).map((s) => ({ value: s, label: e(s) }))}
      />
      <Loaded loading={breaches.isLoading} error={breaches.error}>
        <Table<Breach>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          dataSource={(breaches.data as { items?: Breach[] } | undefined)?.items ?? []}
          locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('application'), dataIndex: 'applicationId', render: (v: string, r) => opener(v, r.stage) },
            { title: t('utility'), dataIndex: 'track', render: (v: string) => e(v) },
            { title: t('stage'), dataIndex: 'stage', render: (v: string) => e(v) },
            {
              title: t('provider'),
              render: (_, r) =>
                r.party.kind === 'provider' ? names.provider(r.party.id) : r.party.id ? e(r.party.id) : e(r.party.kind),
            },
            {
              title: t('due'),
              dataIndex: 'dueAt',
              render: (v: string, r) => (
                <>
                  {deadline(v)}
                  <div>
                    <ExplainDeadline applicationId={r.applicationId} track={r.track} stage={r.stage} />
                  </div>
                </>
              ),
            },
            { title: t('accrued'), dataIndex: 'accruedFen', render: (v: number) => money(v) },
            { title: t('status'), dataIndex: 'reviewStatus', render: (v: string) => <Tag>{e(v)}</Tag> },
            {
              title: t('actions'),
              render: (_, r) =>
                r.reviewStatus === 'open' ? (
                  <Button onClick={() => setReviewing(r)} aria-label={`${t('review')} ${r.id}`}>
                    {t('review')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Loaded>
      <ApplicationDrawer id={opened} onClose={() => setOpened(null)} />
      <Modal
        open={reviewing !== null}
        title={reviewing && `${t('review')} · ${e(reviewing.track)} ${e(reviewing.stage)}`}
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={review.isPending}
        onCancel={() => setReviewing(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="breach-review"
          initialValues={{ decision: 'uphold' }}
          onFinish={(v: { decision: 'uphold' | 'waive'; reason?: string }) =>
            reviewing && review.mutate({ id: reviewing.id, body: { decision: v.decision, reason: v.reason ?? '' } })
          }
        >
          <Form.Item name="decision" label={t('review')}>
            <Radio.Group
              options={[
                { value: 'uphold', label: t('uphold') },
                { value: 'waive', label: t('waive') },
              ]}
            />
          </Form.Item>
          {decision === 'waive' && reviewing && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('waiveConfirm', { amount: money(reviewing.accruedFen) })}
            />
          )}
          <Form.Item name="reason" label={t('reason')} rules={[{ required: decision === 'waive' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
