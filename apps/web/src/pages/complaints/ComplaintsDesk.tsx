import { Button, Card, Grid, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Deadline } from '../../ui';
import { RateIt } from '../satisfaction/RateIt';
import { ComplaintActions, ComplaintDetails, ComplaintStatus, stepsFor, type Complaint } from './common';
import { DeskDrawer, DeskFilter, DeskList } from '../desk';

/**
 * Complaints as each role sees them: the district's desk (all, or the escalated ones for its
 * lead), a provider's (those it is asked to answer), a business's own. Each opens in a drawer
 * with the steps the reader can take now.
 */
export default function ComplaintsDesk() {
  const { t, e, date } = useI18n();
  const { principal } = useSession();
  const names = useNames();
  const phone = !Grid.useBreakpoint().md;
  const [escalated, setEscalated] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const { data, isLoading, error } = useQuery({
    queryKey: ['complaints', escalated],
    refetchInterval: 15_000,
    queryFn: () => ok(api.GET('/api/v1/complaints', { params: { query: escalated ? { escalated: 'true' } : {} } })),
  });
  const items = ((data as { items?: Complaint[] } | undefined)?.items ?? []) as Complaint[];
  const current = items.find((c) => c.id === opened);
  const role = principal?.role;
  return (
    <Card
      title={<Typography.Title level={2}>{t('complaintsTitle')}</Typography.Title>}
      extra={
        role === 'applicant' && (
          <Link to="/applicant/complaints/new">
            <Button type="primary">{t('complaintNew')}</Button>
          </Link>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {role === 'admin' && (
          <DeskFilter
            label={t('complaintsTitle')}
            value={escalated ? 'escalated' : 'all'}
            onChange={(v) => setEscalated(v === 'escalated')}
            options={[
              { value: 'all', label: t('allNotifications') },
              { value: 'escalated', label: t('complaintEscalated') },
            ]}
          />
        )}
        <DeskList
          loading={isLoading}
          error={error}
          items={items}
          empty={t('complaintsNone')}
          columns={[
            { title: t('complaintFiledAt'), dataIndex: 'filedAt', render: (v: string) => date(v) },
            { title: t('status'), render: (_, c) => <ComplaintStatus c={c} /> },
            { title: t('complaintCategory'), dataIndex: 'category', render: (v: string) => e(v) },
            ...(phone
              ? []
              : [
                  {
                    title: t('provider'),
                    render: (_: unknown, c: Complaint) => `${names.provider(c.providerId)} · ${e(c.utility)}`,
                  },
                  {
                    title: t('complaintNextDeadline'),
                    render: (_: unknown, c: Complaint) =>
                      c.status === 'closed' ? '—' : <Deadline dueAt={nextDue(c)} />,
                  },
                ]),
            {
              title: t('actions'),
              render: (_, c) => (
                <Button onClick={() => setOpened(c.id)} type={stepsFor(role, c).length ? 'primary' : 'default'}>
                  {t('open')}
                </Button>
              ),
            },
          ]}
        />
      </Space>
      <DeskDrawer
        open={!!current}
        onClose={() => setOpened(null)}
        title={t('complaintsTitle')}
        extra={current && <ComplaintActions c={current} role={role} />}
      >
        {current && <ComplaintDetails c={current} />}
        {current && role === 'applicant' && current.status === 'closed' && current.rating === null && (
          <RateIt
            title={t('rateComplaint')}
            refresh="complaints"
            send={(body) => api.POST('/api/v1/complaints/{id}/rating', { params: { path: { id: current.id } }, body })}
          />
        )}
      </DeskDrawer>
    </Card>
  );
}

/** The deadline that matters now: acknowledgement, the provider's response, or the decision. */
function nextDue(c: Complaint): string {
  if (!c.acknowledgedAt) return c.acknowledgeDueAt;
  if (c.status === 'awaiting-provider' && c.responseDueAt) return c.responseDueAt;
  return c.decideDueAt;
}
