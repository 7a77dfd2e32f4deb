import { z } from 'zod';
import type { CompensationRule } from './compensation';
import type { Limit } from '../calendar/deadline';
import { UTILITIES, type Utility } from '../form/utilities';

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
export type ClockedStage = JointStage | UtilityStage | 'total' | PermitStage;
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
  name: string;
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
}

const limitSchema = z.object({
  amount: z.number().positive('must be more than 0').max(1000, 'at most 1000'),
  unit: z.enum(['workingDays', 'calendarDays', 'hours', 'minutes']),
});
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
      UTILITIES.map((u) => [u, z.object({ id: z.string().min(1), name: z.string().min(1) })]),
    ) as Record<Utility, z.ZodObject<{ id: z.ZodString; name: z.ZodString }>>,
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
        rule: z.object({ fixedFen: fen, perUnitFen: fen, unit: limitSchema.shape.unit, capFen: fen }),
      })
      .refine((c) => c.rule.capFen >= c.rule.fixedFen, {
        message: 'capFen must be at least fixedFen',
        path: ['rule', 'capFen'],
      }),
  ),
});

export type CatalogDraft = z.input<typeof catalogDraftSchema>;

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
