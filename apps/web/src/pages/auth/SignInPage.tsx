import { Alert, App, Button, Card, List, Spin, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n, type MessageKey } from '../../i18n';
import { useSession, type Principal } from '../../auth';
import { api, ok } from '../../api/client';
import { failureText } from '../../ui';
import { useNames } from '../../names';
import { HOME } from '../../routes';
import demoUsers from '../../../../../seeds/demo-users.json';

/** The demo users of the embedded default, one of each role (the identity provider's, too). */
export const DEMO_USERS = (demoUsers as (Partial<Principal> & { sub: string; name: string })[]).filter(
  (u): u is Principal => Boolean(u.role),
);

/** Sign-in: at the district's identity provider, or (development) as a demo user. */
export function SignInPage() {
  const { t } = useI18n();
  const { config, startSignIn } = useSession();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo') ?? '';
  if (!config) return <Spin aria-label={t('loading')} />;
  if (config.mode === 'dev') return <DevSignIn returnTo={returnTo} />;
  if (config.mode === 'none') return <Alert type="warning" showIcon title={t('notConfigured')} />;
  return (
    <Card style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Title level={2}>{t('oidcSignIn')}</Typography.Title>
      <Typography.Paragraph>{t('oidcSignInHint')}</Typography.Paragraph>
      <Button type="primary" size="large" onClick={() => void startSignIn(returnTo.startsWith('/') ? returnTo : '')}>
        {t('oidcSignInButton')}
      </Button>
    </Card>
  );
}

function DevSignIn({ returnTo }: { returnTo: string }) {
  const { t, e, lang } = useI18n();
  const names = useNames();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const use = async (user: Principal) => {
    try {
      const reply = await ok(api.POST('/api/v1/dev/login', { body: user as never }));
      signIn((reply as { token: string }).token, user);
      navigate(returnTo.startsWith(`${HOME[user.role].split('/').slice(0, 2).join('/')}`) ? returnTo : HOME[user.role]);
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
