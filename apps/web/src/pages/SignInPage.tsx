import { Alert, App, Button, Card, List, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n, type MessageKey } from '../i18n';
import { useSession, type Principal } from '../auth';
import { api, ok } from '../api/client';
import { failureText } from '../ui';
import { useNames } from '../names';
import { HOME } from '../App';

/** The demo users of the embedded default, one of each role. */
export const DEMO_USERS: Principal[] = [
  { sub: 'firm-1', role: 'applicant', name: '上海嘉定精密制造有限公司' },
  { sub: 'clerk-1', role: 'window', name: '窗口 · 张敏' },
  { sub: 'staff-power', role: 'staff', name: '国网嘉定 · 李工', provider: 'state-grid-jiading' },
  { sub: 'staff-water', role: 'staff', name: '嘉定自来水 · 王工', provider: 'jiading-water' },
  { sub: 'staff-gas', role: 'staff', name: '嘉定燃气 · 赵工', provider: 'jiading-gas' },
  { sub: 'staff-broadband', role: 'staff', name: '电信嘉定 · 陈工', provider: 'telecom-jiading' },
  { sub: 'officer-road', role: 'agency', name: '路政 · 周科', agency: 'road-authority' },
  { sub: 'officer-police', role: 'agency', name: '交警 · 吴科', agency: 'traffic-police' },
  { sub: 'admin-1', role: 'admin', name: '营商办 · 管理员' },
];

export function SignInPage() {
  const { t, e, lang } = useI18n();
  const names = useNames();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const use = async (user: Principal) => {
    try {
      const reply = await ok(api.POST('/api/v1/dev/login', { body: user as never }));
      signIn((reply as { token: string }).token, user);
      navigate(HOME[user.role]);
    } catch (error) {
      message.error(failureText(error, lang));
    }
  };
  return (
    <Card style={{ maxWidth: 720, margin: '0 auto' }}>
      <Typography.Title level={2}>{t('devSignIn')}</Typography.Title>
      <Alert type="info" showIcon title={t('devSignInHint')} style={{ marginBottom: 16 }} />
      <List
        dataSource={DEMO_USERS}
        renderItem={(user) => (
          <List.Item
            actions={[
              <Button key="go" type="primary" onClick={() => use(user)} aria-label={`${t('signInAs')}: ${user.name}`}>
                {t('signInAs')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={user.name}
              description={[
                t(`role_${user.role}` as MessageKey),
                user.provider ? names.provider(user.provider) : user.agency ? e(user.agency) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
