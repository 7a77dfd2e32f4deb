import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Modal, Spin, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth';

/** Where the identity provider sends the browser back: finish signing in, then go on. */
export function CallbackPage() {
  const { t } = useI18n();
  const { completeSignIn, config } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (!config || config.mode !== 'oidc' || started.current) return;
    started.current = true;
    completeSignIn().then(
      (next) => navigate(next || '/', { replace: true }),
      (e: Error) => setError(e.message),
    );
  }, [config, completeSignIn, navigate]);
  if (error) return <Alert type="error" showIcon role="alert" title={t('signInFailed', { reason: error })} />;
  return <Spin aria-label={t('signingIn')} tip={t('signingIn')} />;
}

/** Signed in at the identity provider, but Lianbao has no role for this person. */
export function NoRolePage() {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <Card style={{ maxWidth: 640, margin: '0 auto' }}>
      <Typography.Title level={2}>{t('noRoleTitle')}</Typography.Title>
      <Typography.Paragraph>{t('noRoleText')}</Typography.Paragraph>
      <Button onClick={() => void signOut()}>{t('signOut')}</Button>
    </Card>
  );
}

/**
 * The session ended (the provider would not renew it): say so over the page, which stays as it
 * is — a form keeps what was typed (its draft is kept in the tab) — and sign in again from here.
 */
export function SessionExpired() {
  const { t } = useI18n();
  const { state, startSignIn } = useSession();
  const location = useLocation();
  return (
    <Modal
      open={state === 'expired'}
      title={t('sessionExpiredTitle')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={() => void startSignIn(location.pathname + location.search)}>
          {t('signInAgain')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('sessionExpiredText')}</Typography.Paragraph>
    </Modal>
  );
}
