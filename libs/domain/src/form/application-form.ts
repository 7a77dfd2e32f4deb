import { z } from 'zod';
import { creditCodeProblem } from './credit-code';
import { namedPattern, toProblem, type IssueLike, type Problem } from '../validation/problems';
import { documentRefSchema } from '../documents/documents';
import {
  CARRIERS,
  HIGH_VOLTAGES,
  LOW_VOLTAGE_MAX_KVA,
  LOW_VOLTAGES,
  SMALL_GAS_MAX_M3_PER_HOUR,
  UTILITIES,
  VOLTAGES,
  type ServiceCategory,
  type Utility,
} from './utilities';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

const CREDIT_CODE_MESSAGES = {
  length: 'must be 18 characters',
  characters: 'may use only digits and the capital letters A–Y except I, O, S, V',
  check_character: 'the last character does not match the GB 32100 check character',
} as const;

export const powerRequestSchema = z
  .object({
    capacityKva: z.number().positive('must be more than 0').max(200_000, 'at most 200000 kVA'),
    voltage: z.enum(VOLTAGES),
    supply: z.enum(['single', 'dual']).default('single'),
  })
  .superRefine((power, ctx) => {
    const low = (LOW_VOLTAGES as readonly string[]).includes(power.voltage);
    if (low && power.capacityKva > LOW_VOLTAGE_MAX_KVA)
      ctx.addIssue({
        code: 'custom',
        path: ['capacityKva'],
        message: `above ${LOW_VOLTAGE_MAX_KVA} kVA needs a high-voltage supply (${HIGH_VOLTAGES.join(', ')})`,
        params: { rule: 'low_voltage_capacity', maximum: LOW_VOLTAGE_MAX_KVA, voltages: [...HIGH_VOLTAGES] },
      });
    if (low && power.supply === 'dual')
      ctx.addIssue({
        code: 'custom',
        path: ['supply'],
        message: 'dual supply is only offered at high voltage',
        params: { rule: 'dual_supply_voltage' },
      });
  });

export const waterRequestSchema = z.object({
  pipeDiameterMm: z.number().int('must be a whole number').min(15, 'at least DN15').max(600, 'at most DN600'),
  dailyUseM3: z.number().positive('must be more than 0').max(100_000, 'at most 100000 m³'),
});

export const gasRequestSchema = z
  .object({
    hourlyUseM3: z.number().positive('must be more than 0').max(50_000, 'at most 50000 m³/h'),
    smallStandardized: z.boolean().default(false),
  })
  .superRefine((gas, ctx) => {
    if (gas.smallStandardized && gas.hourlyUseM3 > SMALL_GAS_MAX_M3_PER_HOUR)
      ctx.addIssue({
        code: 'custom',
        path: ['smallStandardized'],
        message: `small standardized access is for up to ${SMALL_GAS_MAX_M3_PER_HOUR} m³/h`,
        params: { rule: 'small_standardized_limit', maximum: SMALL_GAS_MAX_M3_PER_HOUR },
      });
  });

export const broadbandRequestSchema = z.object({
  bandwidthMbps: z
    .number()
    .int('must be a whole number')
    .min(10, 'at least 10 Mbps')
    .max(100_000, 'at most 100000 Mbps'),
  carrier: z.enum(CARRIERS),
});

/** The one form (一表申请). */
export const applicationFormSchema = z.object({
  applicant: z.object({
    companyName: text(200),
    creditCode: z
      .string()
      .trim()
      .toUpperCase()
      .superRefine((code, ctx) => {
        const problem = creditCodeProblem(code);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            message: CREDIT_CODE_MESSAGES[problem],
            params: { rule: code ? `credit_code_${problem}` : 'required' },
          });
      }),
    contactName: text(100),
    mobile: z
      .string()
      .trim()
      .regex(
        namedPattern(/^1[3-9]\d{9}$/, 'mobile_format'),
        'must be a mainland mobile number: 11 digits starting 13–19',
      ),
    email: z.email('must be an email address').optional(),
  }),
  site: z.object({
    address: text(300),
    district: text(100),
    coordinates: z
      .object({
        lat: z.number().min(-90, 'between -90 and 90').max(90, 'between -90 and 90'),
        lng: z.number().min(-180, 'between -180 and 180').max(180, 'between -180 and 180'),
      })
      .optional(),
    // Whether the site is in a low-risk zone is the district's decision (its zone register, at
    // acceptance), never the applicant's: the form only says where the site is.
  }),
  /** The files attached (uploaded first, named here by id and kind; the API records their content's hash). */
  documents: z.array(documentRefSchema).max(30, 'at most 30 files').optional(),
  services: z
    .object({
      power: powerRequestSchema.optional(),
      water: waterRequestSchema.optional(),
      gas: gasRequestSchema.optional(),
      broadband: broadbandRequestSchema.optional(),
    })
    .strict()
    .refine((s) => UTILITIES.some((u) => s[u] !== undefined), {
      message: `request at least one of ${UTILITIES.join(', ')}`,
      params: { rule: 'at_least_one_service' },
    }),
});

export type ApplicationFormInput = z.input<typeof applicationFormSchema>;
export type ApplicationForm = z.output<typeof applicationFormSchema>;

/** A problem of the form: where, which rule, its parameters (see validation/problems), and the rule's own text. */
export interface FormProblem extends Problem {
  message: string;
}

export type FormResult = { ok: true; form: ApplicationForm } | { ok: false; problems: FormProblem[] };

/** Validates the one form, reporting every problem (not just the first) with its path and rule. */
export function validateApplicationForm(input: unknown): FormResult {
  const result = applicationFormSchema.safeParse(input);
  if (result.success) return { ok: true, form: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      ...toProblem(issue as unknown as IssueLike, input),
      message: issue.message,
    })),
  };
}

export function requestedUtilities(form: ApplicationForm): Utility[] {
  return UTILITIES.filter((u) => form.services[u] !== undefined);
}

/** The catalog category of one requested service. */
export function serviceCategory(form: ApplicationForm, utility: Utility): ServiceCategory {
  switch (utility) {
    case 'power': {
      const power = form.services.power!;
      if ((LOW_VOLTAGES as readonly string[]).includes(power.voltage)) return 'low-voltage-non-residential';
      return power.supply === 'dual' ? 'high-voltage-dual' : 'high-voltage-single';
    }
    case 'water':
      return 'water-standard';
    case 'gas':
      return form.services.gas!.smallStandardized ? 'gas-small-standardized' : 'gas-standard';
    case 'broadband':
      return 'broadband-standard';
  }
}
