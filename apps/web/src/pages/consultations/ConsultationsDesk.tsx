import { Button, Card, Grid, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { Deadline } from '../../ui';
import { DeskDrawer, DeskFilter, DeskList } from '../desk';
import {
  ApplyFromConsultation,
  ConsultationActions,
  ConsultationStatus,
  ConsultationThread,
  nextDue,
  stepsFor,
  type Consultation,
} from './common';

/**
 * Consultations as each role sees them: a business's own questions (ask one, read the answers,
 * turn one into an application); the window's desk (all, or the late ones); a provider's parts.
 * Each opens as one thread in a drawer with the steps the reader can take now.
 */
export default function ConsultationsDesk() {
  const { t, e, date } = useI18n();
  const { principal } = useSession();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const [late, setLate] = useState(false);
  const [opened, setOpened] = useState<string | null>(params.get('open'));
  const { data, isLoading, error } = useQuery({
    queryKey: ['consultations', late],
    refetchInterval: 15_000,
    queryFn: () => ok(api.GET('/api/v1/consultations', { params: { query: late ? { late: 'true' } : {} } })),
  });
  const items = ((data as { items?: Consultation[] } | undefined)?.items ?? []) as Consultation[];
  const current = items.find((c) => c.id === opened);
  const role = principal?.role;
  const provider = principal?.provider;
  const asker = role === 'applicant';
  return (
    <Card
      title={<Typography.Title level={2}>{t('consultationsTitle')}</Typography.Title>}
      extra={
        asker && (
          <Link to="/applicant/consultations/new">
            <Button type="primary">{t('consultationNew')}</Button>
          </Link>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {asker && <Typography.Paragraph type="secondary">{t('consultationsIntro')}</Typography.Paragraph>}
        {(role === 'window' || role === 'admin') && (
          <DeskFilter
            label={t('consultationsTitle')}
            value={late ? 'late' : 'all'}
            onChange={(v) => setLate(v === 'late')}
            options={[
              { value: 'all', label: t('allNotifications') },
              { value: 'late', label: t('consultationLate') },
            ]}
          />
        )}
        <DeskList
          loading={isLoading}
          error={error}
          items={items}
          empty={t('consultationsNone')}
          columns={[
            { title: t('consultationAskedAt'), dataIndex: 'askedAt', render: (v: string) => date(v) },
            { title: t('status'), render: (_, c) => <ConsultationStatus c={c} /> },
            {
              title: t('consultationQuestion'),
              render: (_, c) => (
                <Space direction="vertical" size={2} style={{ maxWidth: phone ? 180 : 420 }}>
                  <Typography.Text ellipsis>{c.question}</Typography.Text>
                  <Space size={2} wrap>
                    {c.utilities.map((u) => (
                      <Tag key={u}>{e(u)}</Tag>
                    ))}
                  </Space>
                </Space>
              ),
            },
            ...(phone
              ? []
              : [
                  {
                    title: t('complaintNextDeadline'),
                    render: (_: unknown, c: Consultation) => {
                      const due = nextDue(c);
                      return due ? <Deadline dueAt={due} /> : '—';
                    },
                  },
                ]),
            {
              title: t('actions'),
              render: (_, c) => (
                <Button
                  onClick={() => setOpened(c.id)}
                  type={stepsFor(role, provider, c).length ? 'primary' : 'default'}
                  aria-label={`${t('open')} ${c.question.slice(0, 20)}`}
                >
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
        title={t('consultationThread')}
        extra={
          current &&
          (asker ? (
            <ApplyFromConsultation c={current} />
          ) : (
            <ConsultationActions c={current} role={role} provider={provider} />
          ))
        }
      >
        {current && <ConsultationThread c={current} />}
      </DeskDrawer>
    </Card>
  );
}
