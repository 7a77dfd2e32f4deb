import { z } from 'zod';
import { AGENCIES } from '../../../../libs/domain/src/catalog/catalog';

export const ROLES = ['applicant', 'window', 'staff', 'agency', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The claims Lianbao reads from a bearer token. Staff carry a provider, agency users an agency. */
/**
 * A token's subject: what the erasure names an applicant by, so the same rule holds at the token
 * (a subject the erasure could not name is refused at sign-in, never accepted and then unerasable).
 */
export const subjectSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\s/]+$/, 'a subject without spaces or slashes');

export const principalSchema = z
  .object({
    sub: subjectSchema,
    role: z.enum(ROLES),
    name: z.string().max(200).default(''),
    provider: z.string().min(1).max(100).optional(),
    agency: z.enum(AGENCIES).optional(),
  })
  .refine((p) => p.role !== 'staff' || p.provider, {
    message: 'staff tokens need a provider claim',
    path: ['provider'],
  })
  .refine((p) => p.role !== 'agency' || p.agency, { message: 'agency tokens need an agency claim', path: ['agency'] });

export type Principal = z.infer<typeof principalSchema>;
