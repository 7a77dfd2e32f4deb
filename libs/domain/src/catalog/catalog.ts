import { z } from 'zod';
import { accrualCount, MAX_ACCRUALS_PER_BREACH, type CompensationRule } from './compensation';
import type { Limit } from '../calendar/deadline';
import { CATEGORIES, UTILITIES, type Utility } from '../form/utilities';
import type { LapseStage } from '../service/events';
import type { ComplaintStage } from '../complaints/complaint';
import type { ConsultationStage, ConsultationTerms } from '../consultations/consultation';
import { serviceTermsSchema, type ServiceTerms } from '../service/service-terms';
import { requiredDocumentSchema, type RequiredDocument } from '../documents/documents';

/** Stages with a published time limit. */
export const JOINT_STAGES = ['acceptance', 'survey-scheduling'] as const;
export const UTILITY_STAGES = ['survey', 'plan', 'construction', 'connection'] as const;
export const AGENCIES = ['road-authority', 'traffic-police'] as const;
export type JointStage = (typeof JOINT_STAGES)[number];
export type UtilityStage = (typeof UTILITY_STAGES)[number];
export type Agency = (typeof AGENCIES)[number];
/** Each agency's part of a road permit runs on a clock of its own. */
export type PermitStage = `${Agency}-permit`;
export const permitStage = (agency: Agency): PermitStage => `${agency}-permit`;
/** `total` is a utility's end-to-end limit, tracked like a stage. */
export type ClockedStage =
  | JointStage
  | UtilityStage
  | 'total'
  | PermitStage
  | LapseStage
  | ComplaintStage
  | ConsultationStage
  | 'follow-up'
  | 'quality-figures';
/** Stages as the catalog names them: both agencies' limits are listed under `road-permit`. */
export type CatalogStage = JointStage | UtilityStage | 'total' | 'road-permit';
export type Scope = 'joint' | Utility | Agency;

export interface StageLimit {
  scope: Scope;
  /** A service category, or '*' for every category of the scope. */
  category: string;
  stage: CatalogStage;
  limit: Limit;
  /** Fast track: an agency that has not decided by the deadline is taken to approve (默认同意). */
  approveWhenDue?: boolean;
}

export interface CompensationEntry {
  scope: Utility;
  stage: UtilityStage | 'total';
  rule: CompensationRule;
}

export interface Provider {
  id: string;
  /** The provider's name as people read it (in English, or the only name given). */
  name: string;
  /** Its Chinese name, shown in the Chinese UI (older catalogs have none: `name` then). */
  nameZh?: string;
}

/** One published version of the time limits and compensation rules. */
export interface Catalog {
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  notes: string;
  providers: Record<Utility, Provider>;
  limits: StageLimit[];
  compensation: CompensationEntry[];
  /** After connection: notice, repair and restoration limits, lapse rules (absent before issue 11: defaults). */
  service?: ServiceTerms;
  /** Which documents each service needs (absent before issue 17: the defaults). */
  documents?: RequiredDocument[];
  /** One-window consultation: the window's and the providers' limits (absent before issue 20: the defaults). */
  consultation?: ConsultationTerms;
}

// One branch per unit, so the granularity is in the JSON Schema too: days and minutes are whole,
// hours come in quarters (a 45-minute limit is written in minutes).
const whole = z.number().int('must be a whole number').min(1, 'at least 1').max(1000, 'at most 1000');
const limitSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('workingDays'), amount: whole }),
  z.object({ unit: z.literal('calendarDays'), amount: whole }),
  z.object({
    unit: z.literal('hours'),
    amount: z.number().multipleOf(0.25, 'hours come in quarters').min(0.25, 'at least 0.25').max(1000, 'at most 1000'),
  }),
  z.object({ unit: z.literal('minutes'), amount: whole }),
]);
const fen = z.number().int('must be whole fen').min(0, 'must not be negative');
const scope = z.enum(['joint', ...UTILITIES, 'road-authority', 'traffic-police']);
const stage = z.enum([
  'acceptance',
  'survey-scheduling',
  'survey',
  'plan',
  'construction',
  'connection',
  'total',
  'road-permit',
]);

export const catalogDraftSchema = z.object({
  effectiveFrom: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' }),
  notes: z.string().max(2000).default(''),
  providers: z.object(
    Object.fromEntries(
      UTILITIES.map((u) => [
        u,
        z.object({
          id: z
            .string()
            .trim()
            .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a provider id: lower-case letters, digits and -'),
          name: z.string().trim().min(1, 'name the provider').max(200),
          nameZh: z.string().trim().min(1, 'name the provider').max(200).optional(),
        }),
      ]),
    ) as Record<Utility, z.ZodObject<{ id: z.ZodString; name: z.ZodString; nameZh: z.ZodOptional<z.ZodString> }>>,
  ),
  limits: z
    .array(
      z.object({
        scope,
        category: z.string().min(1),
        stage,
        limit: limitSchema,
        approveWhenDue: z.boolean().optional(),
      }),
    )
    .min(1),
  compensation: z.array(
    z
      .object({
        scope: z.enum(UTILITIES),
        stage: z.enum(['survey', 'plan', 'construction', 'connection', 'total']),
        rule: z.object({
          fixedFen: fen,
          perUnitFen: fen,
          unit: z.enum(['workingDays', 'calendarDays', 'hours', 'minutes']),
          capFen: fen.min(1, 'every rule needs a cap above 0').max(100_000_000, 'at most ¥1,000,000'),
        }),
      })
      .refine((c) => c.rule.capFen >= c.rule.fixedFen, {
        message: 'capFen must be at least fixedFen',
        path: ['rule', 'capFen'],
        params: { rule: 'cap_below_fixed' },
      })
      .refine((c) => accrualCount(c.rule) <= MAX_ACCRUALS_PER_BREACH, {
        message: `the cap must be reached within ${MAX_ACCRUALS_PER_BREACH} accruals (raise perUnitFen or lower capFen)`,
        path: ['rule', 'perUnitFen'],
        params: { rule: 'too_many_accruals' },
      }),
  ),
  service: serviceTermsSchema.optional(),
  documents: z.array(requiredDocumentSchema).max(50).optional(),
  consultation: z
    .object({
      windowDays: z.number().int('must be a whole number').min(1, 'at least 1').max(30, 'at most 30'),
      providerDays: z.number().int('must be a whole number').min(1, 'at least 1').max(30, 'at most 30'),
      openDays: z.number().int('must be a whole number').min(1, 'at least 1').max(365, 'at most 365'),
    })
    .optional(),
});

export type CatalogDraft = z.input<typeof catalogDraftSchema>;

export interface CatalogProblem {
  path: string;
  rule: string;
  message: string;
}

/** Publishing may be a little behind the clock that stamped the draft (the request, the workflow). */
const EFFECTIVE_SKEW_MS = 5 * 60_000;

/**
 * Whether a well-formed draft is complete and safe to publish: every stage of every utility and
 * category has a limit, so does every window stage and both agencies' permits (normal and fast
 * track); it takes effect now or later; nothing is listed twice; and one utility's compensation
 * rules count in one unit (so a late day is the same day on every clock: see LateDayLedger).
 * Every problem is listed, not just the first.
 */
export function catalogProblems(draft: z.output<typeof catalogDraftSchema>, now: Date): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (Date.parse(draft.effectiveFrom) < now.getTime() - EFFECTIVE_SKEW_MS)
    problems.push({
      path: 'effectiveFrom',
      rule: 'in_the_past',
      message: `must be now or later (${now.toISOString()})`,
    });
  const seen = new Set<string>();
  draft.limits.forEach((l, i) => {
    const key = `${l.scope}/${l.category}/${l.stage}`;
    if (seen.has(key)) problems.push({ path: `limits.${i}`, rule: 'duplicate', message: `${key} is listed twice` });
    seen.add(key);
  });
  const has = (scope: Scope, category: string, stage: CatalogStage) =>
    draft.limits.some((l) => l.scope === scope && l.stage === stage && (l.category === category || l.category === '*'));
  const missing = (what: string) =>
    problems.push({ path: 'limits', rule: 'missing_limit', message: `no limit for ${what}` });
  for (const stage of JOINT_STAGES) if (!has('joint', '*', stage)) missing(`joint ${stage}`);
  for (const utility of UTILITIES)
    for (const category of CATEGORIES[utility])
      for (const stage of [...UTILITY_STAGES, 'total'] as const)
        if (!has(utility, category, stage)) missing(`${utility} ${category} ${stage}`);
  for (const agency of AGENCIES)
    for (const category of ['*', 'fast-track'])
      if (!draft.limits.some((l) => l.scope === agency && l.stage === 'road-permit' && l.category === category))
        missing(`${agency} road-permit (${category === '*' ? 'normal' : category})`);
  const rules = new Set<string>();
  draft.compensation.forEach((c, i) => {
    const key = `${c.scope}/${c.stage}`;
    if (rules.has(key))
      problems.push({ path: `compensation.${i}`, rule: 'duplicate', message: `${key} is listed twice` });
    rules.add(key);
    const first = draft.compensation.find((other) => other.scope === c.scope);
    if (first && first.rule.unit !== c.rule.unit)
      problems.push({
        path: `compensation.${i}.rule.unit`,
        rule: 'one_unit_per_utility',
        message: `${c.scope}'s rules must all count in ${first.rule.unit}, so a late day is paid once`,
      });
  });
  return problems;
}

/** The limit for a stage: the category's own entry, else the scope's '*' entry. */
export function findLimit(
  catalog: Catalog,
  scope: Scope,
  category: string,
  stage: CatalogStage,
): StageLimit | undefined {
  const candidates = catalog.limits.filter((l) => l.scope === scope && l.stage === stage);
  return candidates.find((l) => l.category === category) ?? candidates.find((l) => l.category === '*');
}

export function findCompensation(
  catalog: Catalog,
  utility: Utility,
  stage: UtilityStage | 'total',
): CompensationRule | undefined {
  return catalog.compensation.find((c) => c.scope === utility && c.stage === stage)?.rule;
}

/** The catalog in force at `at`: the latest version whose effectiveFrom is not after it. */
export function catalogInForce(versions: readonly Catalog[], at: Date): Catalog | undefined {
  return [...versions]
    .filter((c) => Date.parse(c.effectiveFrom) <= at.getTime())
    .sort((a, b) => Date.parse(b.effectiveFrom) - Date.parse(a.effectiveFrom) || b.version - a.version)[0];
}

/**
 * What a connection of `utility`/`category` needs from a pinned catalog and does not find: a
 * limit per stage, both agencies' permit limits (normal and fast track), and rules that stay
 * within the accrual bound. Published catalogs are checked when published (catalogProblems); this
 * guards the ones that reached the store before that check existed.
 */
export function connectionCatalogProblems(catalog: Catalog, utility: Utility, category: string): string[] {
  const problems: string[] = [];
  for (const stage of [...UTILITY_STAGES, 'total'] as const)
    if (!findLimit(catalog, utility, category, stage)) problems.push(`no limit for ${utility} ${category} ${stage}`);
  for (const agency of AGENCIES)
    for (const category of ['*', 'fast-track'])
      if (!catalog.limits.some((l) => l.scope === agency && l.stage === 'road-permit' && l.category === category))
        problems.push(`no ${category === '*' ? 'normal' : category} road-permit limit for ${agency}`);
  for (const entry of catalog.compensation.filter((c) => c.scope === utility))
    if (accrualCount(entry.rule) > MAX_ACCRUALS_PER_BREACH)
      problems.push(
        `the ${utility} ${entry.stage} rule needs more than ${MAX_ACCRUALS_PER_BREACH} accruals to reach its cap`,
      );
  return problems;
}
