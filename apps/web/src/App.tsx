import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { App as AntApp, Button, ConfigProvider, Drawer, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useI18n, type MessageKey } from './i18n';
import { useSession, type Role } from './auth';
import { PublicPage } from './pages/PublicPage';
import { SignInPage } from './pages/auth/SignInPage';
import { CallbackPage, NoRolePage, SessionExpired } from './pages/auth/SessionPages';
import { HOME, MENUS } from './routes';
import { NotificationsLink } from './pages/notifications/unread';

// Each role's pages load on demand: the first page carries only the shell, sign-in and public pages.
const ApplicantPages = lazy(() => import('./pages/ApplicantPages'));
const WindowPages = lazy(() => import('./pages/window/WindowPages'));
const StaffPage = lazy(() => import('./pages/StaffPage'));
const AgencyPage = lazy(() => import('./pages/AgencyPage'));
const AdminPages = lazy(() => import('./pages/AdminPages'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
const TariffNotices = lazy(() => import('./pages/tariffs/TariffNotices'));
const PublicComplaints = lazy(() => import('./pages/complaints/PublicComplaints'));
const PublicFaq = lazy(() => import('./pages/consultations/PublicFaq'));
const PublicQuality = lazy(() => import('./pages/quality/PublicQuality'));

type MenuEntry = (typeof MENUS)[Role][number];

/** A role's menu as the bar shows it: its entries, those of a group gathered under the group's name. */
function menuItems(entries: MenuEntry[], t: (key: MessageKey) => string) {
  const link = (m: MenuEntry) => ({ key: m.path, label: <Link to={m.path}>{t(m.label)}</Link> });
  const items: { key: string; label: ReactNode; children?: { key: string; label: ReactNode }[] }[] = [];
  for (const m of entries) {
    if (!m.group) items.push(link(m));
    else {
      const key = `group:${m.group}`;
      let group = items.find((i) => i.key === key);
      if (!group) items.push((group = { key, label: t(m.group), children: [] }));
      group.children!.push(link(m));
    }
  }
  return items;
}

function Shell({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { principal, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const items = [
    { key: '/', label: <Link to="/">{t('public')}</Link> },
    // What the district publishes, in the bar for visitors; signed-in people reach it from the public page.
    ...(!principal
      ? [
          { key: '/tariffs', label: <Link to="/tariffs">{t('nav_tariffs')}</Link> },
          { key: '/complaints', label: <Link to="/complaints">{t('nav_complaints_public')}</Link> },
          { key: '/faq', label: <Link to="/faq">{t('nav_faq')}</Link> },
        ]
      : []),
    ...(principal ? menuItems(MENUS[principal.role], t) : []),
  ];
  // The most specific item: /applicant/new is "the one form", not "my applications".
  const selected = items
    .flatMap((i) => ('children' in i && i.children ? i.children.map((c) => c.key) : [i.key]))
    .filter((k) => location.pathname === k || location.pathname.startsWith(`${k}/`))
    .sort((a, b) => a.length - b.length);
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const wide = !!screens.xxl;
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  const who = principal && (
    <Typography.Text style={{ color: phone ? undefined : '#fff' }}>
      {principal.name || principal.sub} · {t(`role_${principal.role}` as MessageKey)}
    </Typography.Text>
  );
  const language = (
    <Button onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh'}>
      {t('language')}
    </Button>
  );
  const session = (
    <>
      {principal ? (
        <Button
          onClick={async () => {
            navigate('/');
            await signOut();
          }}
        >
          {t('signOut')}
        </Button>
      ) : (
        <Button type="primary" onClick={() => navigate('/login')}>
          {t('signIn')}
        </Button>
      )}
    </>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: phone ? 12 : 24, paddingInline: phone ? 12 : 48 }}
      >
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 18, whiteSpace: 'nowrap' }}>
          {/* The full name where the bar has room: a signed-in menu needs it on a laptop. */}
          {phone || (principal && !wide) ? t('brand') : `${t('brand')} · ${t('brandFull')}`}
        </Link>
        {phone ? (
          <>
            <span style={{ flex: 1 }} />
            {principal && <NotificationsLink dark />}
            <Button
              icon={<MenuOutlined />}
              onClick={() => setMenuOpen(true)}
              aria-expanded={menuOpen}
              aria-controls="main-menu"
            >
              {t('menu')}
            </Button>
            <Drawer
              id="main-menu"
              open={menuOpen}
              onClose={() => setMenuOpen(false)}
              placement="right"
              size="default"
              title={t('brandFull')}
            >
              <nav aria-label="main">
                <Menu mode="inline" selectedKeys={selected.slice(-1)} items={items} style={{ borderInlineEnd: 0 }} />
              </nav>
              <Space direction="vertical" style={{ marginTop: 16 }}>
                {who}
                <Space wrap>
                  {language}
                  {session}
                </Space>
              </Space>
            </Drawer>
          </>
        ) : (
          <>
            <nav aria-label="main" style={{ flex: 1, minWidth: 0 }}>
              {/* Every item stays in the bar: an overflow menu would hide focusable items from assistive technology. */}
              <Menu theme="dark" mode="horizontal" selectedKeys={selected.slice(-1)} items={items} disabledOverflow />
            </nav>
            <Space size="middle">
              {principal && <NotificationsLink dark />}
              {language}
              {who}
              {session}
            </Space>
          </>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: phone ? 12 : 24 }}>
        <main>{children}</main>
        <SessionExpired />
      </Layout.Content>
    </Layout>
  );
}

function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { principal, state } = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (state === 'loading') return <Spin aria-label={t('signingIn')} />;
  if (!principal)
    return <Navigate to={`/login?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (principal.role !== role) return <Navigate to={HOME[principal.role]} replace />;
  return <>{children}</>;
}

function RequireSignedIn({ children }: { children: ReactNode }) {
  const { principal, state } = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (state === 'loading') return <Spin aria-label={t('signingIn')} />;
  if (!principal)
    return <Navigate to={`/login?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/**
 * Ant Design's defaults, darkened where their text falls below WCAG AA contrast (4.5:1) on white:
 * error, warning and success text, secondary text, and the grey of empty tables.
 */
const THEME = {
  token: {
    colorPrimary: '#1657b5',
    colorLink: '#1657b5',
    // Darker on hover (antd lightens by default), so hovered text keeps its contrast.
    colorPrimaryHover: '#0f4a9e',
    colorLinkHover: '#0f4a9e',
    colorError: '#c21f1f',
    colorWarning: '#a35200',
    colorSuccess: '#2b7a0b',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorErrorText: '#c21f1f',
    colorWarningText: '#a35200',
    colorSuccessText: '#2b7a0b',
  },
};

export function App() {
  const { lang, t } = useI18n();
  useEffect(() => {
    document.title = `${t('brand')} · ${t('brandFull')}`;
  }, [t]);
  return (
    // No space inserted between two Chinese characters of a button: its visible text stays its accessible name.
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={THEME}
      button={{ autoInsertSpace: false }}
      // A page's title wraps on a phone instead of being cut off with an ellipsis.
      card={{ styles: { title: { whiteSpace: 'normal' } } }}
      // One wording for an empty required field on every form, the same the one form uses.
      form={{ validateMessages: { required: t('requiredField') } }}
    >
      <AntApp>
        <Shell>
          <Suspense fallback={<Spin aria-label={t('loading')} />}>
            <Routes>
              <Route path="/" element={<PublicPage />} />
              <Route path="/tariffs" element={<TariffNotices />} />
              <Route path="/complaints" element={<PublicComplaints />} />
              <Route path="/faq" element={<PublicFaq />} />
              <Route path="/quality" element={<PublicQuality />} />
              <Route path="/login" element={<SignInPage />} />
              <Route path="/auth/callback" element={<CallbackPage />} />
              <Route path="/auth/no-role" element={<NoRolePage />} />
              <Route
                path="/applicant/*"
                element={
                  <RequireRole role="applicant">
                    <ApplicantPages />
                  </RequireRole>
                }
              />
              <Route
                path="/window/*"
                element={
                  <RequireRole role="window">
                    <WindowPages />
                  </RequireRole>
                }
              />
              <Route
                path="/staff/*"
                element={
                  <RequireRole role="staff">
                    <StaffPage />
                  </RequireRole>
                }
              />
              <Route
                path="/agency/*"
                element={
                  <RequireRole role="agency">
                    <AgencyPage />
                  </RequireRole>
                }
              />
              <Route
                path="/admin/*"
                element={
                  <RequireRole role="admin">
                    <AdminPages />
                  </RequireRole>
                }
              />
              <Route
                path="/notifications"
                element={
                  <RequireSignedIn>
                    <NotificationsPage />
                  </RequireSignedIn>
                }
              />
              <Route path="*" element={<Typography.Title level={3}>{t('notFound')}</Typography.Title>} />
            </Routes>
          </Suspense>
        </Shell>
      </AntApp>
    </ConfigProvider>
  );
}
