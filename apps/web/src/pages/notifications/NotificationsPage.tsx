import { Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { Loaded } from '../../ui';

interface Note {
  id: string;
  kind: string;
  applicationId: string;
  message: string;
  messageZh: string;
  createdAt: string;
  read: boolean;
  applicationNumber: string | null;
  companyName: string | null;
}

/** Where a notification leads, for the reader's role: the application it is about, when they can open it. */
function linkFor(role: string | undefined, n: Note): string | null {
  const base = role === 'agency' || !role ? null : `/${role}`;
  // A consultation or a complaint opens on its own page, not as an application.
  if (n.kind.startsWith('consultation-')) return base && `${base}/consultations?open=${n.applicationId}`;
  if (n.kind.startsWith('complaint-')) return base && `${base}/complaints`;
  if (n.kind.startsWith('follow-up')) return base && `${base}/follow-ups`;
  if (role === 'applicant') return `/applicant/${n.applicationId}`;
  if (role === 'window') return `/window?open=${n.applicationId}`;
  return null;
}

/**
 * The signed-in person's notifications, newest first: unread ones marked in words and bold;
 * opening one marks it read (for this person, on every device); "all read" covers what is shown.
 */
export default function NotificationsPage() {
  const { t, lang, date } = useI18n();
  const { principal } = useSession();
  const queryClient = useQueryClient();
  const [only, setOnly] = useState<'all' | 'unread'>('all');
  const { data, isLoading, error } = useQuery({
    queryKey: ['notification-list', principal?.sub, only],
    queryFn: () =>
      ok(
        api.GET('/api/v1/notifications', {
          params: { query: { pageSize: 100, ...(only === 'unread' ? { unread: 'true' as const } : {}) } },
        }),
      ),
  });
  const page = data as { items: Note[]; total: number; unread: number } | undefined;
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['notification-list'] }),
      queryClient.invalidateQueries({ queryKey: ['unread'] }),
    ]);
  const read = useMutation({
    mutationFn: (id: string) => ok(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    // Up to the newest one on the screen: one that arrives meanwhile stays unread.
    mutationFn: () => ok(api.POST('/api/v1/notifications/read-all', { body: { through: page?.items[0]?.createdAt } })),
    onSuccess: refresh,
  });
  return (
    <Card
      title={<Typography.Title level={2}>{t('notifications')}</Typography.Title>}
      extra={
        <Button onClick={() => readAll.mutate()} disabled={!page?.unread} loading={readAll.isPending}>
          {t('markAllRead')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Segmented
            aria-label={t('notifications')}
            value={only}
            onChange={(v) => setOnly(v as 'all' | 'unread')}
            options={[
              { value: 'all', label: t('allNotifications') },
              { value: 'unread', label: `${t('unreadTab')} (${page?.unread ?? 0})` },
            ]}
          />
        </Space>
        <Loaded loading={isLoading} error={error}>
          <List
            dataSource={page?.items ?? []}
            locale={{ emptyText: only === 'unread' ? t('nothingUnread') : t('noData') }}
            renderItem={(n) => {
              const to = linkFor(principal?.role, n);
              const text = lang === 'zh' ? n.messageZh : n.message;
              return (
                <List.Item
                  actions={
                    n.read
                      ? []
                      : [
                          <Button key="read" size="small" onClick={() => read.mutate(n.id)}>
                            {t('markRead')}
                          </Button>,
                        ]
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space wrap size={4}>
                        {!n.read && <Tag color="#1657b5">{t('unreadTab')}</Tag>}
                        {to ? (
                          <Link
                            to={to}
                            onClick={() => !n.read && read.mutate(n.id)}
                            style={{ fontWeight: n.read ? 400 : 600 }}
                          >
                            {text}
                          </Link>
                        ) : (
                          <span style={{ fontWeight: n.read ? 400 : 600 }}>{text}</span>
                        )}
                      </Space>
                    }
                    description={
                      <Space wrap size={[12, 0]}>
                        {/* Which application: its number, and for the staff whose company. */}
                        {n.applicationNumber && (
                          <span>
                            {principal?.role === 'applicant' || !n.companyName
                              ? n.applicationNumber
                              : `${n.applicationNumber} · ${n.companyName}`}
                          </span>
                        )}
                        <span>{date(n.createdAt)}</span>
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
        </Loaded>
      </Space>
    </Card>
  );
}
