import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Role = 'applicant' | 'window' | 'staff' | 'agency' | 'admin';
export interface Principal {
  sub: string;
  role: Role;
  name: string;
  provider?: string;
  agency?: string;
}

const KEY = 'lianbao.session';
let token: string | null = null;

/** The bearer token for API calls (kept for the tab's session only). */
export const currentToken = () => token;

interface Session {
  principal: Principal | null;
  signIn(token: string, principal: Principal): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

function stored(): { token: string; principal: Principal } | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [principal, setPrincipal] = useState<Principal | null>(() => {
    const s = stored();
    token = s?.token ?? null;
    return s?.principal ?? null;
  });
  const session = useMemo<Session>(
    () => ({
      principal,
      signIn(next, who) {
        token = next;
        sessionStorage.setItem(KEY, JSON.stringify({ token: next, principal: who }));
        setPrincipal(who);
      },
      signOut() {
        token = null;
        sessionStorage.removeItem(KEY);
        setPrincipal(null);
      },
    }),
    [principal],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
