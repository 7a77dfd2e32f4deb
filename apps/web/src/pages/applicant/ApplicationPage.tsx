import { useState } from 'react';
import { useParams } from 'react-router';
import { App, Button, Card, Col, Form, Input, Row, Space, Tag, Typography, Alert } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { download } from '../../api/files';
import { useI18n } from '../../i18n';
import { failureText, Loaded, Money } from '../../ui';
import { EventTimeline, type TimelineEvent } from './EventTimeline';
import { Lane } from './Lane';
import { RateIt } from '../satisfaction/RateIt';
import { NextStep } from './NextStep';
import type { Detail } from './types';
import { DocumentList } from '../documents/DocumentList';
import { DocumentPicker } from '../documents/DocumentPicker';
import type { UploadedDocument } from '../documents/documents';

/** Closed for good: shown as closed, not as work in progress. */
const CLOSED = new Set(['rejected', 'withdrawn', 'failed', 'completed', 'closed']);

/** The applicant's application: what happens next first, then each utility's lane, actions, and the full record. */
export default function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, e, date, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [supplied, setSupplied] = useState<UploadedDocument[]>([]);
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
      void queries.invalidateQueries({ queryKey: ['application-documents', id] });
      setSupplied([]);
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  const app = detail.data as unknown as Detail | undefined;
  const timeline = (events.data as unknown as TimelineEvent[] | undefined) ?? [];
  return (
    <Loaded loading={detail.isLoading} error={detail.error}>
      {app && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card>
            <Typography.Title level={2}>{app.companyName}</Typography.Title>
            <Space wrap style={{ marginBottom: 12 }}>
              <Tag color={CLOSED.has(app.status) ? undefined : '#1657b5'}>{e(app.status)}</Tag>
              <span>
                {t('applicationNumber')} <strong data-testid="application-number">{app.number ?? t('noNumber')}</strong>
              </span>
              <span>
                {t('submittedAt')} {date(app.submittedAt)}
              </span>
              {app.compensation.accruedFen > 0 && (
                <span>
                  {t('compensation')}: <Money fen={app.compensation.accruedFen} />
                </span>
              )}
              {app.decidedAt && !['rejected', 'failed'].includes(app.status) && app.number && (
                <Button
                  onClick={() =>
                    download(`/api/v1/applications/${id}/receipt`, `receipt-${app.number}.pdf`).catch((error) =>
                      message.error(failureText(error, lang)),
                    )
                  }
                >
                  {t('receipt')}
                </Button>
              )}
            </Space>
            <NextStep app={app} />
          </Card>
          {app.status === 'supplement-requested' && app.supplement && (
            <Card title={t('supplement')}>
              <Alert
                type="warning"
                showIcon
                title={app.supplement.message || t('supplement')}
                description={app.supplement.items.join(lang === 'zh' ? '；' : '; ')}
              />
              <Form
                layout="vertical"
                style={{ marginTop: 12 }}
                onFinish={(v: { note: string }) =>
                  act.mutate(() =>
                    ok(
                      api.POST('/api/v1/applications/{id}/supplements', {
                        params: { path: { id } },
                        body: { note: v.note, documents: supplied.map((d) => ({ id: d.id, kind: d.kind })) } as never,
                      }),
                    ),
                  )
                }
              >
                {(app.supplement.documents?.length ?? 0) > 0 && (
                  <Form.Item label={t('requestedDocuments')}>
                    <DocumentPicker
                      kinds={[...app.supplement.documents!, 'other']}
                      required={app.supplement.documents!}
                      value={supplied}
                      onChange={setSupplied}
                    />
                  </Form.Item>
                )}
                <Form.Item
                  name="note"
                  label={t('supplementNote')}
                  rules={[{ required: true, message: t('requiredField') }]}
                >
                  <Input style={{ maxWidth: 480 }} />
                </Form.Item>
                <Button htmlType="submit" type="primary">
                  {t('supplement')}
                </Button>
              </Form>
            </Card>
          )}
          <Card title={t('documentsSection')}>
            <DocumentList applicationId={id} />
          </Card>
          <Typography.Title level={3}>{t('lanes')}</Typography.Title>
          <Row gutter={[16, 16]}>
            {app.services.map((s) => (
              <Col xs={24} lg={12} key={s.utility}>
                <Lane applicationId={id} service={s} />
              </Col>
            ))}
          </Row>
          {app.status === 'completed' && !app.rating && (
            <RateIt
              title={t('rate')}
              refresh="application"
              send={(body) => api.POST('/api/v1/applications/{id}/rating', { params: { path: { id } }, body })}
            />
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
          <EventTimeline events={timeline} groups={app.utilities} />
        </Space>
      )}
    </Loaded>
  );
}
