import { useEffect } from 'react';

/**
 * The one form's work, kept in this tab while it is being filled in: a sign-in that ended and was
 * renewed through the identity provider (a full page round trip) or a reload brings it back. It
 * goes when the application is sent. Kept in sessionStorage: this tab only, gone with it.
 */
export interface Draft<T> {
  values: Record<string, unknown>;
  extra: T;
}

const key = (owner: string) => `lianbao.draft.application.${owner}`;

export function loadDraft<T>(owner: string): Draft<T> | undefined {
  try {
    return JSON.parse(sessionStorage.getItem(key(owner)) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

export const saveDraft = <T>(owner: string, draft: Draft<T>) =>
  sessionStorage.setItem(key(owner), JSON.stringify(draft));

export const clearDraft = (owner: string) => sessionStorage.removeItem(key(owner));

/** Restores a kept draft once, when the form first shows. */
export function useRestoredDraft<T>(owner: string, restore: (draft: Draft<T>) => void): void {
  useEffect(() => {
    const draft = loadDraft<T>(owner);
    if (draft) restore(draft);
  }, [owner]); // once per person, when the form first shows
}
