import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';

/** The signed-in person's unread count, from the API: the same on every device they use. */
export function useUnread(): number {
  const { principal } = useSession();
  const { data } = useQuery({
    queryKey: ['unread', principal?.sub],
    enabled: !!principal,
    refetchInterval: 15_000,
    queryFn: () => ok(api.GET('/api/v1/notifications/unread-count')),
  });
  return (data as { unread?: number } | undefined)?.unread ?? 0;
}

/** The header's link to the notifications, with the unread count in words for assistive technology. */
export function NotificationsLink({ dark }: { dark: boolean }) {
  const { t } = useI18n();
  const unread = useUnread();
  const label = unread ? `${t('notifications')} · ${t('unreadCount', { n: unread })}` : t('notifications');
  return (
    <Link to="/notifications" aria-label={label} title={label} data-testid="notifications-link">
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined style={{ fontSize: 20, color: dark ? '#fff' : undefined }} aria-hidden />
      </Badge>
    </Link>
  );
}
