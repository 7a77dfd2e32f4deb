import { z } from 'zod';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { pageQuery } from '../common/pagination';

export const APPLICATION_STATUSES = [
  'submitted',
  'supplement-requested',
  'accepted',
  'rejected',
  'in-progress',
  'completed',
  'withdrawn',
  'failed',
  'closed',
] as const;

export const listApplicationsQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  utility: z.enum(UTILITIES).optional(),
  /** An application number, a credit code, or part of a company's name. */
  q: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
});

export const idParam = z.uuid('must be an application id (a UUID)');
export const utilityParam = z.enum(UTILITIES);

/** Idempotency-Key: 1–200 visible characters (letters, digits and - _ . :). */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,200}$/, 'must be 1–200 characters of letters, digits and - _ . :')
  .optional();
