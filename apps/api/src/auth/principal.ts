import { z } from 'zod';
import { AGENCIES } from '../../../../libs/domain/src/catalog/catalog';

export const ROLES = ['applicant', 'window', 'staff', 'agency', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The claims Lianbao reads from a bearer token. Staff carry a provider, agency users an agency. */
export const principalSchema = z
  .object({
    sub: z.string().min(1).max(200),
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
