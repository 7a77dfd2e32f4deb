import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { SignInConfig } from './auth';

/**
 * The authorization code flow with PKCE at the district's identity provider (oidc-client-ts).
 * Tokens are held in memory only — not in sessionStorage or localStorage, where any script on the
 * page could read them after the tab is gone; only the short-lived sign-in state (the PKCE
 * verifier) waits in sessionStorage across the redirect. The access token is renewed with the
 * refresh token 30 seconds before it expires.
 */
export function userManager(config: SignInConfig): UserManager {
  return new UserManager({
    authority: config.issuer!,
    client_id: config.clientId!,
    scope: config.scopes ?? 'openid profile',
    redirect_uri: `${location.origin}/auth/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 30,
    // The access token carries what the API needs; the profile comes from the API (/auth/me).
    loadUserInfo: false,
  });
}
