import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { HOME } from './routes';

export type Role = 'applicant' | 'window' | 'staff' | 'agency' | 'admin';
export interface Principal {
  sub: string;
  role: Role;
  name: string;
  provider?: string;
  agency?: string;
}

/** How this Lianbao signs people in (GET /api/v1/auth/config). */
export interface SignInConfig {
  mode: 'oidc' | 'dev' | 'none';
  issuer?: string;
  clientId?: string;
  scopes?: string;
}

/**
 * Where a session stands: signed out; signed in; signed in at the identity provider but without a
 * Lianbao role; or ended (the provider would not renew it) — the page stays, with its work, until
 * the person signs in again.
 */
export type SessionState = 'loading' | 'signed-out' | 'signed-in' | 'no-role' | 'expired';

const DEV_KEY = 'lianbao.session';
/** Only a flag: with OpenID Connect the tokens live in memory, never in the browser's storage. */
const OIDC_ACTIVE = 'lianbao.oidc.active';
let token: string | null = null;
let onUnauthorized: (() => void) | undefined;

/** The bearer token for API calls: the development token, or the access token held in memory. */
export const currentToken = () => token;
/** Called by the API client on a 401: the session has ended. */
export const sessionEnded = () => onUnauthorized?.();

interface Session {
  principal: Principal | null;
  state: SessionState;
  config: SignInConfig | null;
  /** Development sign-in: a token from POST /api/v1/dev/login. */
  signIn(token: string, principal: Principal): void;
  /** Sign-in at the identity provider; back to `returnTo` afterwards. */
  startSignIn(returnTo?: string): Promise<void>;
  /** The identity provider's answer, on /auth/callback: where to go next. */
  completeSignIn(): Promise<string>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

function storedDev(): { token: string; principal: Principal } | null {
  try {
    return JSON.parse(sessionStorage.getItem(DEV_KEY) ?? 'null');
  } catch {
    return null;
  }
}

async function whoAmI(): Promise<Principal | 'no-role'> {
  const reply = await fetch('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
  if (reply.status === 403) return 'no-role';
  if (!reply.ok) throw new Error(`${reply.status}`);
  return reply.json();
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const dev = storedDev();
  const [principal, setPrincipal] = useState<Principal | null>(() => {
    token = dev?.token ?? null;
    return dev?.principal ?? null;
  });
  const [state, setState] = useState<SessionState>(dev ? 'signed-in' : 'loading');
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [manager, setManager] = useState<UserManager | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const reply = await fetch('/api/v1/auth/config').catch(() => undefined);
      const found: SignInConfig = reply?.ok ? await reply.json() : { mode: 'none' };
      if (cancelled) return;
      if (found.mode !== 'oidc') {
        setConfig(found);
        setState((s) => (s === 'loading' ? 'signed-out' : s));
        return;
      }
      const { userManager } = await import('./oidc');
      const um = userManager(found);
      um.events.addUserLoaded((user) => {
        token = user.access_token; // renewed before it expires, with the refresh token
      });
      um.events.addSilentRenewError(() => setState('expired'));
      um.events.addAccessTokenExpired(() => setState('expired'));
      setManager(um);
      setConfig(found); // after the manager: the callback page waits for both
      // A page reload forgets the tokens (memory only): the provider's own session brings them back.
      if (sessionStorage.getItem(OIDC_ACTIVE) && location.pathname !== '/auth/callback')
        await um.signinRedirect({ state: { returnTo: location.pathname + location.search } });
      else setState((s) => (s === 'loading' ? 'signed-out' : s));
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    onUnauthorized = () => {
      if (config?.mode === 'oidc' && state === 'signed-in') setState('expired');
    };
  }, [config, state]);

  const session = useMemo<Session>(
    () => ({
      principal,
      state,
      config,
      signIn(next, who) {
        token = next;
        sessionStorage.setItem(DEV_KEY, JSON.stringify({ token: next, principal: who }));
        setPrincipal(who);
        setState('signed-in');
      },
      async startSignIn(returnTo = '/') {
        if (!manager) return;
        await manager.signinRedirect({ state: { returnTo } });
      },
      async completeSignIn() {
        if (!manager) throw new Error('sign-in is not ready');
        const user = await manager.signinRedirectCallback();
        token = user.access_token;
        sessionStorage.setItem(OIDC_ACTIVE, '1');
        const who = await whoAmI();
        if (who === 'no-role') {
          setPrincipal(null);
          setState('no-role');
          return '/auth/no-role';
        }
        setPrincipal(who);
        setState('signed-in');
        return (user.state as { returnTo?: string } | undefined)?.returnTo || HOME[who.role];
      },
      async signOut() {
        token = null;
        sessionStorage.removeItem(DEV_KEY);
        setPrincipal(null);
        setState('signed-out');
        if (manager && sessionStorage.getItem(OIDC_ACTIVE)) {
          sessionStorage.removeItem(OIDC_ACTIVE);
          // Signed out at the provider too, then back to the public page.
          await manager.signoutRedirect();
        }
      },
    }),
    [principal, state, config, manager],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
