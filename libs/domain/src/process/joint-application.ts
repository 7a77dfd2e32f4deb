import { z } from 'zod';

/**
 * Actions on a joint application (the one window's, and the applicant's), shared by the API's
 * validation and the workflow's Update validators so both apply the same rules.
 */
export const windowActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({
    action: z.literal('request-supplement'),
    items: z.array(z.string().trim().min(1, 'must not be empty').max(500)).min(1, 'name at least one item').max(50),
    message: z.string().trim().max(2000).default(''),
  }),
  z.object({ action: z.literal('reject'), reason: z.string().trim().min(1, 'a rejection needs a reason').max(2000) }),
  // The applicant did not receive the joint survey: the providers' clocks stop until it is rescheduled.
  z.object({
    action: z.literal('report-missed-survey'),
    note: z.string().trim().min(1, 'say what happened').max(2000),
  }),
  z.object({
    action: z.literal('schedule-joint-survey'),
    appointmentAt: z.iso.datetime({
      offset: true,
      message: 'must be an ISO date-time with offset, e.g. 2026-12-03T09:30:00+08:00',
    }),
  }),
]);
export type WindowAction = z.input<typeof windowActionSchema>;

export const supplementSchema = z.object({ note: z.string().trim().min(1, 'must not be empty').max(4000) });
export const withdrawSchema = z.object({ reason: z.string().trim().min(1, 'must not be empty').max(2000) });
export const ratingSchema = z.object({
  score: z.number().int('must be a whole number').min(1, 'from 1 to 5').max(5, 'from 1 to 5'),
  comment: z.string().trim().max(2000).optional(),
});

/** How long after completion the applicant may rate the service (满意度评价). */
export const RATING_WINDOW_DAYS = 15;
