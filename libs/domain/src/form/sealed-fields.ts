import { z } from 'zod';
import { validateApplicationForm, type FormResult } from './application-form';

/**
 * A form's applicant fields arrive in the workflow sealed with the applicant's key (the API seals
 * them before anything enters Temporal): `{ $enc, kid, iv, tag, data }` in place of the text. The
 * API checked them in clear; the workflow checks the rest of the form, with each sealed field
 * standing in as a valid value of its kind, and keeps the sealed value.
 */
export interface SealedValue {
  $enc: string;
  kid: string;
  iv: string;
  tag: string;
  data: string;
}

/** A sealed value as it travels (the workflow cannot open it; only the store's readers can). */
export const sealedValueSchema = z.object({
  $enc: z.string().max(40),
  kid: z.string().max(100),
  iv: z.string().max(100),
  tag: z.string().max(100),
  data: z.string().max(40_000),
});

/** What an applicant wrote in their own words: text, or text sealed with their key by the API. */
export type ApplicantText = string | SealedValue;
export const applicantText = (text: z.ZodString) => z.union([text, sealedValueSchema]);

/** Text as a read model keeps it: opened before projection, so what is still sealed nobody can read. */
export const readableText = (value: ApplicantText): string => (typeof value === 'string' ? value : '[erased]');

export const isSealedValue = (v: unknown): v is SealedValue =>
  typeof v === 'object' && v !== null && typeof (v as SealedValue).$enc === 'string';

const STAND_INS: Record<string, string> = {
  companyName: '（已加密）',
  creditCode: '91350100M000100Y43',
  contactName: '（已加密）',
  mobile: '13800000000',
  email: 'sealed@example.invalid',
};

export function validateSealedApplicationForm(input: unknown): FormResult {
  const applicant = (input as { applicant?: Record<string, unknown> } | null)?.applicant;
  const sealed = Object.entries(applicant ?? {}).filter(([field, value]) => field in STAND_INS && isSealedValue(value));
  if (!sealed.length) return validateApplicationForm(input);
  const standIn = { ...applicant };
  for (const [field] of sealed) standIn[field] = STAND_INS[field];
  const checked = validateApplicationForm({ ...(input as object), applicant: standIn });
  if (!checked.ok) return checked;
  const restored = { ...checked.form.applicant } as Record<string, unknown>;
  for (const [field, value] of sealed) restored[field] = value;
  return { ok: true, form: { ...checked.form, applicant: restored as typeof checked.form.applicant } };
}
