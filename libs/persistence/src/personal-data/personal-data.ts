import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Personal data in an append-only store (PIPL): the form's personal fields are encrypted in the
 * events with a key per applicant, kept outside the event store (table `applicant_keys`).
 * Erasing an applicant deletes the key: the events stay as they are — appends, replays,
 * projections and rebuilds still work — but nothing can read those fields again.
 */
export const PERSONAL_FIELDS = ['contactName', 'mobile', 'email'] as const;
export const ERASED = '[erased]';

interface Sealed {
  $enc: 'aes-256-gcm/v1';
  kid: string;
  iv: string;
  tag: string;
  data: string;
}
const isSealed = (v: unknown): v is Sealed =>
  typeof v === 'object' && v !== null && (v as Sealed).$enc === 'aes-256-gcm/v1';

type Db = DataSource | EntityManager;

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

/**
 * Seals the personal fields of a form for the event store. The IV derives from the event and the
 * field, so a retried append seals to the same bytes (the store recognises the retry).
 */
export async function sealForm(
  db: Db,
  applicantId: string,
  eventId: string,
  form: { applicant: Record<string, unknown> },
): Promise<typeof form> {
  const { kid, key } = await liveKey(db, applicantId);
  const applicant = { ...form.applicant };
  for (const field of PERSONAL_FIELDS) {
    const value = applicant[field];
    if (typeof value !== 'string') continue;
    const iv = createHmac('sha256', key).update(`${eventId}:${field}`).digest().subarray(0, 12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    applicant[field] = {
      $enc: 'aes-256-gcm/v1',
      kid,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    } satisfies Sealed;
  }
  return { ...form, applicant };
}

/** Opens the sealed fields of a form for a reader; erased ones read as "[erased]". */
export async function openForm<T extends Record<string, unknown>>(db: Db, applicantId: string, form: T): Promise<T> {
  const applicant = (form as { applicant?: Record<string, unknown> }).applicant;
  if (!applicant || !PERSONAL_FIELDS.some((f) => isSealed(applicant[f]))) return form;
  const kids = [
    ...new Set(
      PERSONAL_FIELDS.map((f) => applicant[f])
        .filter(isSealed)
        .map((s) => s.kid),
    ),
  ];
  const rows: { key_id: string; key: Buffer | null }[] = await db.query(
    `SELECT key_id, key FROM applicant_keys WHERE key_id = ANY($1::uuid[]) AND applicant_id = $2`,
    [kids, applicantId],
  );
  const keys = new Map(rows.map((r) => [r.key_id, r.key]));
  const opened = { ...applicant };
  for (const field of PERSONAL_FIELDS) {
    const sealed = applicant[field];
    if (!isSealed(sealed)) continue;
    const key = keys.get(sealed.kid);
    if (!key) {
      opened[field] = ERASED;
      continue;
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    opened[field] = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  }
  return { ...form, applicant: opened };
}

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
  const [row]: { erased_at: Date | null }[] = await db.query(
    `SELECT max(erased_at) AS erased_at FROM applicant_keys WHERE applicant_id = $1`,
    [applicantId],
  );
  return { applicantId, erasedAt: row.erased_at ?? new Date() };
}
