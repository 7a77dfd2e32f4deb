import { BUSINESS_FIELDS, isSealed, keysFor, open, type Db, type Sealed } from './personal-data';

/**
 * Words the API seals with the writer's key before they enter Temporal, by event type: whose key
 * (the event's field naming the writer) and which fields (dotted for a nested one). The read
 * models get them opened; the erasure blanks them there.
 */
export const SEALED_WORDS: Readonly<Record<string, { owner: string; fields: readonly string[] }>> = {
  ServiceRated: { owner: 'applicantId', fields: ['comment'] },
  Rated: { owner: 'applicantId', fields: ['comment'] },
  ComplaintFiled: { owner: 'complainantId', fields: ['description'] },
  ComplaintReopened: { owner: 'by', fields: ['reason'] },
  ConsultationAsked: { owner: 'askerId', fields: ['question', 'companyName', 'site.address'] },
};

/**
 * For the read models: the business fields of submitted forms opened (the window searches by
 * them) and the words above, the personal fields left sealed. Erased ones become "[erased]", so a rebuild after an
 * erasure reproduces what the erasure left.
 */
export async function openForProjection<E extends { type: string; data: unknown }>(
  db: Db,
  appended: readonly E[],
): Promise<E[]> {
  let events = appended;
  type Submitted = { applicantId: string; form: { applicant: Record<string, unknown> } };
  const submitted = events.filter(
    (e) =>
      e.type === 'ApplicationSubmitted' &&
      BUSINESS_FIELDS.some((f) => isSealed((e.data as Submitted).form?.applicant?.[f])),
  );
  const worded = events.filter((e) => sealedWordsOf(e).length > 0);
  if (worded.length) events = await openWords(db, events, worded);
  if (!submitted.length) return [...events];
  const data = submitted.map((e) => e.data as Submitted);
  const kids = [
    ...new Set(
      data.flatMap((d) =>
        BUSINESS_FIELDS.map((f) => d.form.applicant[f])
          .filter(isSealed)
          .map((s) => s.kid),
      ),
    ),
  ];
  const keys = await keysFor(db, [...new Set(data.map((d) => d.applicantId))], kids, true);
  return events.map((e) => {
    if (!submitted.includes(e)) return e;
    const d = e.data as Submitted;
    const applicant = { ...d.form.applicant };
    for (const field of BUSINESS_FIELDS) {
      const value = applicant[field];
      if (isSealed(value)) applicant[field] = open(value, keys.get(value.kid));
    }
    return { ...e, data: { ...d, form: { ...d.form, applicant } } };
  });
}

const getPath = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((here, key) => (here as Record<string, unknown> | undefined)?.[key], data);
const setPath = (data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
  const [head, ...rest] = path.split('.');
  if (!rest.length) return { ...data, [head]: value };
  return { ...data, [head]: setPath((data[head] ?? {}) as Record<string, unknown>, rest.join('.'), value) };
};
/** The fields of an event that hold words still sealed (SEALED_WORDS). */
const sealedWordsOf = (e: { type: string; data: unknown }) =>
  (SEALED_WORDS[e.type]?.fields ?? []).filter((f) => isSealed(getPath(e.data as Record<string, unknown>, f)));

/** Sealed words opened for the read models (they keep them; the erasure blanks them there). */
async function openWords<E extends { type: string; data: unknown }>(
  db: Db,
  events: readonly E[],
  worded: readonly E[],
): Promise<E[]> {
  const opened = new Map<E, E>();
  for (const e of worded) {
    let data = e.data as Record<string, unknown>;
    const fields = sealedWordsOf(e);
    const sealed = fields.map((f) => getPath(data, f) as Sealed);
    const keys = await keysFor(
      db,
      [String(data[SEALED_WORDS[e.type].owner])],
      [...new Set(sealed.map((v) => v.kid))],
      true,
    );
    fields.forEach((f, i) => (data = setPath(data, f, open(sealed[i], keys.get(sealed[i].kid)))));
    opened.set(e, { ...e, data } as E);
  }
  return events.map((e) => opened.get(e) ?? e);
}
