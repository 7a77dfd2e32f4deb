/** Why an action was refused, in words a clerk or provider can act on. */
export interface Refusal {
  code: 'invalid' | 'wrong_stage' | 'zero_burden' | 'permit_required' | 'not_allowed';
  message: string;
  messageZh: string;
  details: { path: string; rule: string; message: string }[];
}

export type Decision<E> = { ok: true; events: E[] } | { ok: false; refusal: Refusal };

export const refuse = (
  code: Refusal['code'],
  message: string,
  messageZh: string,
  details: Refusal['details'] = [],
): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { code, message, messageZh, details } });

export const accept = <E>(...events: E[]): { ok: true; events: E[] } => ({ ok: true, events });
