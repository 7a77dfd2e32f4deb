import { z } from 'zod';
import { CATEGORIES, UTILITIES, type ServiceCategory, type Utility } from '../form/utilities';

const ALL_CATEGORIES = Object.values(CATEGORIES).flat() as [ServiceCategory, ...ServiceCategory[]];

/**
 * The documents an application carries (申请材料): what they are, which the catalog requires for
 * which services, and which are still missing. The files themselves live outside the events
 * (Postgres by default); an event records each file's id, kind, name, type, size and SHA-256.
 */
export const DOCUMENT_KINDS = [
  'business-licence',
  'property-proof',
  'site-plan',
  'load-list',
  'agent-authorisation',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a file may be, told by its content (magic bytes), never by its name. */
export const ACCEPTED_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A file as the form or a supplement names it: the client sends id and kind; the API adds the rest. */
export const documentRefSchema = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  filename: z.string().max(255).optional(),
  mediaType: z.string().max(100).optional(),
  size: z.number().int().min(0).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type DocumentRef = z.output<typeof documentRefSchema>;

/** A kind the catalog requires for some services: every service (`*`) or the utilities (and categories) named. */
export interface RequiredDocument {
  kind: DocumentKind;
  utilities: Utility[] | '*';
  categories?: ServiceCategory[];
}

export const requiredDocumentSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  utilities: z.union([z.literal('*'), z.array(z.enum(UTILITIES)).min(1)]),
  categories: z.array(z.enum(ALL_CATEGORIES)).optional(),
});

/**
 * The defaults, for catalogs published without a documents section (illustrative: a business
 * licence and proof of the property for every service; a site plan for high-voltage power and
 * standard gas; a load list for power).
 */
export const DEFAULT_REQUIRED_DOCUMENTS: RequiredDocument[] = [
  { kind: 'business-licence', utilities: '*' },
  { kind: 'property-proof', utilities: '*' },
  { kind: 'load-list', utilities: ['power'] },
  {
    kind: 'site-plan',
    utilities: ['power', 'gas'],
    categories: ['high-voltage-single', 'high-voltage-dual', 'gas-standard'],
  },
];

const applies = (rule: RequiredDocument, s: { utility: Utility; category: ServiceCategory }) =>
  (rule.utilities === '*' || rule.utilities.includes(s.utility)) &&
  (!rule.categories || rule.categories.includes(s.category));

/** The kinds required for these services, in the catalog's order, each once. */
export function requiredKinds(
  rules: RequiredDocument[] | undefined,
  services: { utility: Utility; category: ServiceCategory }[],
): DocumentKind[] {
  const kinds = (rules ?? DEFAULT_REQUIRED_DOCUMENTS)
    .filter((r) => services.some((s) => applies(r, s)))
    .map((r) => r.kind);
  return [...new Set(kinds)];
}

/** The required kinds no attached file is of. */
export function missingKinds(required: DocumentKind[], attached: { kind: string }[]): DocumentKind[] {
  const have = new Set(attached.map((d) => d.kind));
  return required.filter((k) => !have.has(k));
}

/** The kinds a provider's staff may open: those the catalog requires for their utility (and nothing else). */
export function kindsForUtility(rules: RequiredDocument[] | undefined, utility: Utility): DocumentKind[] {
  return [
    ...new Set(
      (rules ?? DEFAULT_REQUIRED_DOCUMENTS)
        .filter((r) => r.utilities === '*' || r.utilities.includes(utility))
        .map((r) => r.kind),
    ),
  ];
}
