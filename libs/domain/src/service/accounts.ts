import { z } from 'zod';
import { UTILITIES, type Utility } from '../form/utilities';
import { CUSTOMER_TYPES, type CustomerType, type ServiceTerms } from './service-terms';
import type { MeteredAccount } from './lapse-compensation';
import type { ApplicationForm } from '../form/application-form';

/**
 * A connected account (户号): what a connection ends in, and what an interruption affects. Its
 * own stream (`account-<provider>-<account no>`) and read model. Power accounts carry what the
 * consumption rule needs: the tariff, the energy charge, and the likely use per hour.
 */
export interface ServiceAccount {
  providerId: string;
  accountNo: string;
  utility: Utility;
  customerId: string;
  customerType: CustomerType;
  site: { address: string; district: string; coordinates?: { lat: number; lng: number } };
  tariff: 'single-part' | 'two-part' | null;
  energyFenPerKwh: number | null;
  usage: MeteredAccount['usage'] | null;
  /** What was contracted, in the utility's own words (e.g. "400 kVA at 10kV"). */
  contracted: string;
  source: 'connection' | 'import';
  applicationId: string | null;
  openedAt: string;
}

export const accountStreamId = (providerId: string, accountNo: string) => `account-${providerId}-${accountNo}`;

/** Two-part tariffs (两部制) apply to large industry: 315 kVA and above. */
export const TWO_PART_MIN_KVA = 315;
/** kVA to kW for a likely-use estimate (a typical power factor). */
const POWER_FACTOR = 0.9;

/** The account a completed connection opens: a business at the application's site. */
export function accountFromConnection(input: {
  providerId: string;
  accountNo: string;
  utility: Utility;
  applicantId: string;
  applicationId: string;
  form: Pick<ApplicationForm, 'site' | 'services'>;
  terms: ServiceTerms;
  openedAt: string;
}): ServiceAccount {
  const { form, utility, terms } = input;
  const base = {
    providerId: input.providerId,
    accountNo: input.accountNo,
    utility,
    customerId: input.applicantId,
    customerType: 'business' as const,
    site: form.site,
    source: 'connection' as const,
    applicationId: input.applicationId,
    openedAt: input.openedAt,
  };
  if (utility === 'power' && form.services.power) {
    const { capacityKva, voltage } = form.services.power;
    const tariff = capacityKva >= TWO_PART_MIN_KVA ? ('two-part' as const) : ('single-part' as const);
    return {
      ...base,
      tariff,
      energyFenPerKwh: terms.defaultEnergyFenPerKwh[tariff],
      usage: { capacityKw: Math.round(capacityKva * POWER_FACTOR * 100) / 100, loadFactor: terms.defaultLoadFactor },
      contracted: `${capacityKva} kVA at ${voltage}`,
    };
  }
  const s = form.services;
  const contracted =
    utility === 'water'
      ? `DN${s.water?.pipeDiameterMm}, ${s.water?.dailyUseM3} m³/day`
      : utility === 'gas'
        ? `${s.gas?.hourlyUseM3} m³/h`
        : `${s.broadband?.bandwidthMbps} Mbps (${s.broadband?.carrier})`;
  return { ...base, tariff: null, energyFenPerKwh: null, usage: null, contracted };
}

/** What the consumption rule needs, when the account has it. */
export function meteredAccount(account: ServiceAccount): MeteredAccount | undefined {
  if (!account.tariff || account.energyFenPerKwh === null || !account.usage) return undefined;
  return { tariff: account.tariff, energyFenPerKwh: account.energyFenPerKwh, usage: account.usage };
}

// ---- CSV import of accounts connected before Lianbao -------------------------------------------

export const ACCOUNT_CSV_COLUMNS = [
  'account_no',
  'utility',
  'provider_id',
  'customer_id',
  'customer_type',
  'address',
  'district',
  'lat',
  'lng',
  'tariff',
  'energy_fen_per_kwh',
  'capacity_kw',
  'load_factor',
  'recent_kwh',
  'recent_hours',
  'contracted',
  'opened_at',
] as const;

const optionalNumber = (rule: z.ZodNumber) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : Number(v)))
    .pipe(rule.optional());
const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

const accountRow = z
  .object({
    account_no: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'must be 1–64 letters, digits or -'),
    utility: z.enum(UTILITIES, { error: `must be one of ${UTILITIES.join(', ')}` }),
    provider_id: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a provider id'),
    customer_id: required(200),
    customer_type: z.enum(CUSTOMER_TYPES, { error: `must be one of ${CUSTOMER_TYPES.join(', ')}` }),
    address: required(300),
    district: required(100),
    lat: optionalNumber(z.number({ error: 'must be a number' }).min(-90).max(90)),
    lng: optionalNumber(z.number({ error: 'must be a number' }).min(-180).max(180)),
    tariff: z
      .string()
      .trim()
      .transform((v) => (v === '' ? undefined : v))
      .pipe(z.enum(['single-part', 'two-part'], { error: 'must be single-part, two-part or empty' }).optional()),
    energy_fen_per_kwh: optionalNumber(z.number({ error: 'must be a number' }).positive().max(10_000)),
    capacity_kw: optionalNumber(z.number({ error: 'must be a number' }).positive().max(1_000_000)),
    load_factor: optionalNumber(z.number({ error: 'must be a number' }).gt(0).max(1)),
    recent_kwh: optionalNumber(z.number({ error: 'must be a number' }).min(0).max(1e10)),
    recent_hours: optionalNumber(z.number({ error: 'must be a number' }).positive().max(1e5)),
    contracted: z.string().trim().max(200),
    opened_at: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' }),
  })
  .superRefine((r, ctx) => {
    if ((r.lat === undefined) !== (r.lng === undefined))
      ctx.addIssue({ code: 'custom', path: ['lng'], message: 'give both lat and lng, or neither' });
    if (r.utility !== 'power') return;
    if (!r.tariff) ctx.addIssue({ code: 'custom', path: ['tariff'], message: 'power accounts need a tariff' });
    const history = r.recent_kwh !== undefined || r.recent_hours !== undefined;
    const capacity = r.capacity_kw !== undefined || r.load_factor !== undefined;
    if (history && (r.recent_kwh === undefined || r.recent_hours === undefined))
      ctx.addIssue({ code: 'custom', path: ['recent_hours'], message: 'give recent_kwh with recent_hours' });
    if (!history && (r.capacity_kw === undefined || r.load_factor === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [capacity ? 'load_factor' : 'capacity_kw'],
        message: 'power accounts need recent_kwh and recent_hours, or capacity_kw and load_factor',
      });
  });

export interface ImportProblem {
  path: string;
  rule: string;
  message: string;
}

/** Splits CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((v) => v !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v !== '')) rows.push(row);
  return rows;
}

/**
 * Validates an import file row by row: every problem of every row (path `rows.<line>.<column>`,
 * line 2 is the first after the header), and account numbers listed twice. Accounts only when
 * there is no problem at all: nothing is half-imported.
 */
export function parseAccountImport(
  csv: string,
  importedAt: string,
): { ok: true; accounts: ServiceAccount[] } | { ok: false; problems: ImportProblem[] } {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const problems: ImportProblem[] = [];
  const columns = (header ?? []).map((h) => h.trim());
  const missing = ACCOUNT_CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (!header || missing.length)
    return {
      ok: false,
      problems: [
        {
          path: 'header',
          rule: 'missing_columns',
          message: `the first line must name the columns; missing: ${missing.join(', ') || ACCOUNT_CSV_COLUMNS.join(', ')}`,
        },
      ],
    };
  if (rows.length === 0) return { ok: false, problems: [{ path: 'rows', rule: 'empty', message: 'no accounts' }] };
  if (rows.length > 50_000)
    return { ok: false, problems: [{ path: 'rows', rule: 'too_many', message: 'at most 50000 accounts per file' }] };
  const accounts: ServiceAccount[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== columns.length) {
      problems.push({
        path: `rows.${line}`,
        rule: 'cell_count',
        message: `has ${cells.length} cells, the header ${columns.length}`,
      });
      return;
    }
    const record = Object.fromEntries(columns.map((c, j) => [c, cells[j]]));
    const parsed = accountRow.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          path: `rows.${line}.${issue.path.map(String).join('.')}`,
          rule: ((issue as { params?: { rule?: string } }).params?.rule ?? issue.code) as string,
          message: issue.message,
        });
      return;
    }
    const r = parsed.data;
    const key = `${r.provider_id}/${r.account_no}`;
    if (seen.has(key))
      problems.push({
        path: `rows.${line}.account_no`,
        rule: 'duplicate',
        message: `${r.account_no} of ${r.provider_id} is also on line ${seen.get(key)}`,
      });
    seen.set(key, line);
    accounts.push({
      providerId: r.provider_id,
      accountNo: r.account_no,
      utility: r.utility,
      customerId: r.customer_id,
      customerType: r.customer_type,
      site: {
        address: r.address,
        district: r.district,
        ...(r.lat !== undefined && r.lng !== undefined ? { coordinates: { lat: r.lat, lng: r.lng } } : {}),
      },
      tariff: r.utility === 'power' ? (r.tariff ?? null) : null,
      energyFenPerKwh: r.utility === 'power' ? (r.energy_fen_per_kwh ?? null) : null,
      usage:
        r.utility !== 'power'
          ? null
          : r.recent_kwh !== undefined && r.recent_hours !== undefined
            ? { recentKwh: r.recent_kwh, recentHours: r.recent_hours }
            : { capacityKw: r.capacity_kw!, loadFactor: r.load_factor! },
      contracted: r.contracted,
      source: 'import',
      applicationId: null,
      openedAt: new Date(r.opened_at).toISOString() || importedAt,
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, accounts };
}
