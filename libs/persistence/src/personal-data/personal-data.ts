import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Personal data in an append-only store (PIPL): the form's personal fields are encrypted in the
 * events with a key per applicant, kept outside the event store (table `applicant_keys`).
 * Erasing an applicant deletes the key: the events stay as they are — appends, replays,
 * projections and rebuilds still work — but nothing can read those fields again.
 */
export const PERSONAL_FIELDS = ['contactName', 'mobile', 'email'] as const;
/**
 * The business's own identity, sealed too: the read models keep them in clear for the window's
 * search (opened when projected), and the erasure blanks them there.
 */
export const BUSINESS_FIELDS = ['companyName', 'creditCode'] as const;
export const SEALED_FIELDS = [...PERSONAL_FIELDS, ...BUSINESS_FIELDS] as const;
/**
 * What applicants write in their own words, which may say anything about them: sealed in the
 * events with the same key (by the append), opened for those who may read them.
 */
export const FREE_TEXT: Readonly<Record<string, readonly string[]>> = {
  ServiceRated: ['comment'],
  Rated: ['comment'],
  SupplementProvided: ['note'],
  ApplicationWithdrawn: ['reason'],
  ConnectionWithdrawn: ['reason'],
};
export const ERASED = '[erased]';

export interface Sealed {
  $enc: 'aes-256-gcm/v1';
  kid: string;
  iv: string;
  tag: string;
  data: string;
}
export const isSealed = (v: unknown): v is Sealed =>
  typeof v === 'object' && v !== null && (v as Sealed).$enc === 'aes-256-gcm/v1';

export type Db = DataSource | EntityManager;

/** The applicant's live key, created on first use (again after an erasure: new data, new key). */
async function liveKey(db: Db, applicantId: string): Promise<{ kid: string; key: Buffer }> {
  await db.query(
    `INSERT INTO applicant_keys (key_id, applicant_id, key, created_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (applicant_id) WHERE key IS NOT NULL DO NOTHING`,
    [randomUUID(), applicantId, randomBytes(32)],
  );
  const [row]: { key_id: string; key: Buffer }[] = await db.query(
    `SELECT key_id, key FROM applicant_keys WHERE applicant_id = $1 AND key IS NOT NULL`,
    [applicantId],
  );
  return { kid: row.key_id, key: row.key };
}

function seal(kid: string, key: Buffer, seed: string, value: string): Sealed {
  const iv = createHmac('sha256', key).update(seed).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return {
    $enc: 'aes-256-gcm/v1',
    kid,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/**
 * Seals a form's personal and business fields with the applicant's key: by the API before the
 * form enters Temporal (seeded by the application's id), and by the append activity for whatever
 * is still clear (seeded by the event's id). The IV derives from the seed and the field, so a
 * retry seals to the same bytes; a field already sealed stays as it is.
 */
export async function sealForm<T extends { applicant: Record<string, unknown> }>(
  db: Db,
  applicantId: string,
  seed: string,
  form: T,
): Promise<T> {
  if (!SEALED_FIELDS.some((f) => typeof form.applicant[f] === 'string')) return form;
  const { kid, key } = await liveKey(db, applicantId);
  const applicant = { ...form.applicant };
  for (const field of SEALED_FIELDS) {
    const value = applicant[field];
    if (typeof value === 'string') applicant[field] = seal(kid, key, `${seed}:${field}`, value);
  }
  return { ...form, applicant };
}

/** Seals one text with the applicant's key (the API, before the applicant's words enter Temporal). */
export async function sealText(db: Db, applicantId: string, seed: string, text: string): Promise<Sealed> {
  const { kid, key } = await liveKey(db, applicantId);
  return seal(kid, key, seed, text);
}

/** Seals an event's free text (FREE_TEXT) with the applicant's key; the IV derives from the event. */
export async function sealFreeText(
  db: Db,
  applicantId: string,
  eventId: string,
  type: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const fields = (FREE_TEXT[type] ?? []).filter((f) => typeof data[f] === 'string');
  if (!fields.length) return data;
  const { kid, key } = await liveKey(db, applicantId);
  const sealed = { ...data };
  for (const field of fields) sealed[field] = seal(kid, key, `${eventId}:${field}`, data[field] as string);
  return sealed;
}

/** Opens an event's sealed free text for a reader (or "[erased]"). */
export async function openFreeText(
  db: Db,
  applicantId: string,
  type: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const fields = (FREE_TEXT[type] ?? []).filter((f) => isSealed(data[f]));
  if (!fields.length) return data;
  const keys = await keysFor(db, [applicantId], [...new Set(fields.map((f) => (data[f] as Sealed).kid))]);
  const opened = { ...data };
  for (const field of fields) opened[field] = open(data[field] as Sealed, keys.get((data[field] as Sealed).kid));
  return opened;
}

/**
 * A keyed fingerprint of a body, under the applicant's own key: it tells a retried submission from
 * another one without letting anyone confirm a guessed mobile (and it means nothing once erased).
 */
export async function fingerprint(db: Db, applicantId: string, canonicalBody: string): Promise<string> {
  const { key } = await liveKey(db, applicantId);
  return createHmac('sha256', key).update(canonicalBody).digest('base64url');
}

/**
 * Opens the given fields of many forms at once (one key lookup), erased ones as "[erased]". A
 * projection passes `hold`: the keys stay share-locked until its transaction ends, so an erasure
 * waits for words opened with them to be written before it blanks them (`eraseApplicant`).
 */
export async function keysFor(
  db: Db,
  applicantIds: string[],
  kids: string[],
  hold = false,
): Promise<Map<string, Buffer | null>> {
  if (!kids.length) return new Map();
  const rows: { key_id: string; key: Buffer | null }[] = await db.query(
    `SELECT key_id, key FROM applicant_keys WHERE key_id = ANY($1::uuid[]) AND applicant_id = ANY($2::text[])
     ${hold ? 'FOR SHARE' : ''}`,
    [kids, applicantIds],
  );
  return new Map(rows.map((r) => [r.key_id, r.key]));
}

export function open(sealed: Sealed, key: Buffer | null | undefined): string {
  if (!key) return ERASED;
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
}

/** Opens the sealed fields of a form for a reader; erased ones read as "[erased]". */
export async function openForm<T extends Record<string, unknown>>(db: Db, applicantId: string, form: T): Promise<T> {
  const applicant = (form as { applicant?: Record<string, unknown> }).applicant;
  if (!applicant || !SEALED_FIELDS.some((f) => isSealed(applicant[f]))) return form;
  const kids = [
    ...new Set(
      SEALED_FIELDS.map((f) => applicant[f])
        .filter(isSealed)
        .map((s) => s.kid),
    ),
  ];
  return openFormWith(form, await keysFor(db, [applicantId], kids));
}

/**
 * The form opened with keys already fetched (the application's read fetches them in its one
 * statement): key id → key, null where erased. A key not given opens as erased.
 */
export function openFormWith<T extends Record<string, unknown>>(form: T, keys: Map<string, Buffer | null>): T {
  const applicant = (form as { applicant?: Record<string, unknown> }).applicant;
  if (!applicant || !SEALED_FIELDS.some((f) => isSealed(applicant[f]))) return form;
  const opened = { ...applicant };
  for (const field of SEALED_FIELDS) {
    const sealed = applicant[field];
    if (isSealed(sealed)) opened[field] = open(sealed, keys.get(sealed.kid));
  }
  return { ...form, applicant: opened };
}

/**
 * The read-model tables holding words opened for projection, which the erasure blanks. A projection
 * reads their rows `FOR UPDATE`, and reads the keys `FOR SHARE`: an erasure running while a
 * projection holds a row it read in clear waits for it, then blanks what it wrote (without the
 * locks, the projection wrote the words back after the erasure).
 */
export const ERASED_IN_TABLES: ReadonlySet<string> = new Set([
  'applications',
  'ratings',
  'complaints',
  'consultations',
]);

/** Erases an applicant's personal data for good by deleting their key. Idempotent. */
export async function eraseApplicant(
  db: Db,
  applicantId: string,
  by: string,
): Promise<{ applicantId: string; erasedAt: Date }> {
  await db.query(
    `UPDATE applicant_keys SET key = NULL, erased_at = now(), erased_by = $2 WHERE applicant_id = $1 AND key IS NOT NULL`,
    [applicantId, by],
  );
  await blankWords(db, applicantId);
  const [row]: { erased_at: Date | null }[] = await db.query(
    `SELECT max(erased_at) AS erased_at FROM applicant_keys WHERE applicant_id = $1`,
    [applicantId],
  );
  return { applicantId, erasedAt: row.erased_at ?? new Date() };
}

/**
 * Blanks an erased applicant's words in the read models as a rebuild would now produce them;
 * `name` maps a table to the one to write (a rebuild's shadow tables).
 */
export async function blankWords(
  db: Db,
  applicantId: string,
  name: (table: string) => string = (t) => t,
): Promise<void> {
  // The read models held the business fields in clear (opened when projected): blank them as a
  // rebuild would now produce them.
  await db.query(
    `UPDATE ${name('applications')} SET rating_comment = $2 WHERE applicant_id = $1 AND rating_comment IS NOT NULL AND rating_comment <> $2`,
    [applicantId, ERASED],
  );
  await db.query(
    `UPDATE ${name('ratings')} SET comment = $2 WHERE rater_id = $1 AND comment IS NOT NULL AND comment <> $2`,
    [applicantId, ERASED],
  );
  // A complaint's and a consultation's words, as a rebuild would now produce them (SEALED_WORDS).
  await db.query(
    `UPDATE ${name('complaints')} SET description = $2, reopen_reason = CASE WHEN reopen_reason IS NULL THEN NULL ELSE $2 END
      WHERE complainant_id = $1 AND description <> $2`,
    [applicantId, ERASED],
  );
  await db.query(
    `UPDATE ${name('consultations')} SET question = $2,
            company_name = CASE WHEN company_name IS NULL THEN NULL ELSE $2 END,
            site = CASE WHEN site IS NULL THEN NULL ELSE jsonb_set(site, '{address}', to_jsonb($2::text)) END,
            thread = jsonb_set(thread, '{0,text}', to_jsonb($2::text))
      WHERE asker_id = $1 AND question <> $2`,
    [applicantId, ERASED],
  );
  await db.query(
    `UPDATE ${name('applications')} SET company_name = $2,
       form = jsonb_set(jsonb_set(form, '{applicant,companyName}', to_jsonb($2::text)), '{applicant,creditCode}', to_jsonb($2::text))
     WHERE applicant_id = $1 AND company_name <> $2`,
    [applicantId, ERASED],
  );
}
