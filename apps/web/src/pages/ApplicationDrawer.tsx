import type { ReactNode } from 'react';
import { Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { useI18n, type MessageKey } from '../i18n';
import { useNames } from '../names';
import { Deadline, Loaded } from '../ui';
import { DocumentList } from './documents/DocumentList';
import { ExplainDeadline } from './explanation/ExplainDeadline';
import type { Summary } from './applicant/types';

interface Stage {
  stage: string;
  status: string;
  slaState: string;
  dueAt: string;
}
/** The full view (window and admins) of an application, as the drawer reads it. */
interface Detail extends Summary {
  surveyAppointmentAt?: string | null;
  rejectReason?: string | null;
  supplement?: { items: string[]; message: string } | null;
  siteRisk?: { lowRisk?: boolean; source?: string; reason?: string } | null;
  form?: {
    applicant: { companyName: string; creditCode: string; contactName: string; mobile: string; email?: string };
    site: { address: string; district: string };
    services: Record<string, Record<string, unknown>>;
  };
  joint?: { stages: Stage[] };
  services?: { utility: string; providerId: string; phase: string }[];
}

/** A requested service's parameters in words: "100 kVA · 380V · 单电源". */
function RequestText({ utility, request }: { utility: string; request: Record<string, unknown> }) {
  const { t, e } = useI18n();
  const parts: string[] = [];
  if (utility === 'power')
    parts.push(
      `${request.capacityKva} kVA`,
      String(request.voltage),
      t(`supply_${request.supply ?? 'single'}` as MessageKey),
    );
  if (utility === 'water') parts.push(`DN${request.pipeDiameterMm}`, `${request.dailyUseM3} m³/${t('perDay')}`);
  if (utility === 'gas') {
    parts.push(`${request.hourlyUseM3} m³/h`);
    if (request.smallStandardized) parts.push(t('smallStandardized'));
  }
  if (utility === 'broadband') parts.push(`${request.bandwidthMbps} Mbps`, e(String(request.carrier)));
  return <>{parts.join(' · ')}</>;
}

/**
 * The whole application at a glance, before any action: who, where, what for, the site's risk,
 * where it stands — for the window (before accepting) and for admins. Actions go in `extra`.
 */
export function ApplicationDrawer({
  id,
  onClose,
  extra,
}: {
  id: string | null;
  onClose(): void;
  extra?: (detail: Detail) => ReactNode;
}) {
  const { t, e, date } = useI18n();
  const names = useNames();
  const { data, isLoading, error } = useQuery({
    queryKey: ['application', id],
    enabled: id !== null,
    queryFn: () => ok(api.GET('/api/v1/applications/{id}', { params: { path: { id: id! } } })),
  });
  const a = data as unknown as Detail | undefined;
  const open = a?.joint?.stages.find((s) => s.status === 'open' || s.status === 'paused');
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={a ? `${a.number ?? t('noNumber')} · ${a.companyName}` : t('loading')}
      extra={a && extra ? extra(a) : undefined}
      destroyOnHidden
    >
      <Loaded loading={isLoading} error={error}>
        {a && (
          <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="application-drawer">
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('applicationNumber')}>{a.number ?? t('noNumber')}</Descriptions.Item>
              <Descriptions.Item label={t('status')}>
                <Tag>{e(a.status)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('submittedAt')}>{date(a.submittedAt)}</Descriptions.Item>
              {open && (
                <Descriptions.Item label={e(open.stage)}>
                  <Deadline dueAt={open.dueAt} slaState={open.slaState} paused={open.status === 'paused'} />
                  <div>
                    <ExplainDeadline applicationId={a.id} track="joint" stage={open.stage} />
                  </div>
                </Descriptions.Item>
              )}
              {a.rejectReason && <Descriptions.Item label={t('reason')}>{a.rejectReason}</Descriptions.Item>}
            </Descriptions>
            {a.form && (
              <Descriptions title={t('applicantSection')} column={1} size="small" bordered>
                <Descriptions.Item label={t('companyName')}>{a.form.applicant.companyName}</Descriptions.Item>
                <Descriptions.Item label={t('creditCode')}>{a.form.applicant.creditCode}</Descriptions.Item>
                <Descriptions.Item label={t('contactName')}>{a.form.applicant.contactName}</Descriptions.Item>
                <Descriptions.Item label={t('mobile')}>{a.form.applicant.mobile}</Descriptions.Item>
                {a.form.applicant.email && (
                  <Descriptions.Item label={t('email')}>{a.form.applicant.email}</Descriptions.Item>
                )}
                <Descriptions.Item label={t('address')}>
                  {a.form.site.district} {a.form.site.address}
                </Descriptions.Item>
              </Descriptions>
            )}
            <Descriptions title={t('servicesSection')} column={1} size="small" bordered>
              {a.utilities.map((u) => (
                <Descriptions.Item key={u} label={e(u)}>
                  {a.form?.services[u] ? <RequestText utility={u} request={a.form.services[u]} /> : null}
                  {a.services?.find((s) => s.utility === u) && (
                    <Typography.Text type="secondary">
                      {' '}
                      · {names.provider(a.services.find((s) => s.utility === u)!.providerId)}
                    </Typography.Text>
                  )}
                </Descriptions.Item>
              ))}
            </Descriptions>
            {a.siteRisk && (
              <Descriptions title={t('siteRisk')} column={1} size="small" bordered>
                <Descriptions.Item label={t('siteRisk')}>
                  {a.siteRisk.lowRisk ? t('lowRiskZone') : t('notLowRisk')}
                  {a.siteRisk.source === 'window' && a.siteRisk.reason ? ` · ${a.siteRisk.reason}` : ''}
                </Descriptions.Item>
              </Descriptions>
            )}
            <div>
              <Typography.Title level={5}>{t('documentsSection')}</Typography.Title>
              <DocumentList applicationId={a.id} />
            </div>
            {a.supplement && (
              <Descriptions title={t('supplementRequested')} column={1} size="small" bordered>
                <Descriptions.Item label={t('items')}>{a.supplement.items.join('、')}</Descriptions.Item>
                <Descriptions.Item label={t('message')}>{a.supplement.message}</Descriptions.Item>
              </Descriptions>
            )}
          </Space>
        )}
      </Loaded>
    </Drawer>
  );
}
