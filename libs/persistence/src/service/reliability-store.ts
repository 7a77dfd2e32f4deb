import type { DataSource, EntityManager } from 'typeorm';
import {
  dailySaidi,
  majorEventDayThreshold,
  reliabilityIndices,
  shanghaiDay,
  type InterruptionRecord,
  type ReliabilityIndices,
} from '../../../domain/src/service/reliability';

type Db = DataSource | EntityManager;

/** A month as Asia/Shanghai counts it: YYYY-MM → [first instant, first instant of the next). */
export function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 1, 1) - 8 * 3_600_000);
  const to = new Date(Date.UTC(y, m, 1) - 8 * 3_600_000);
  return { from, to };
}

export const shanghaiMonth = (at: Date) => shanghaiDay(at).slice(0, 7);

export interface ProviderReliability {
  utility: string;
  providerId: string;
  /** YYYY-MM, or YYYY for a year. */
  period: string;
  /** Open accounts of the provider in the period (opened before its end). */
  customersServed: number;
  /** Every sustained interruption, planned ones included. */
  all: ReliabilityIndices;
  /** Unplanned ones only. */
  unplanned: ReliabilityIndices;
  /** Days left out as major event days (IEEE 1366 2.5β, five years of history), when asked. */
  majorEventDays: string[];
  /** Unplanned interruptions restored within their limit, of those restored. */
  restorationOnTimeRate: number | null;
  /** Planned interruptions announced with the notice the catalog asks, of those planned and restored. */
  noticeOnTimeRate: number | null;
  insufficientSupplyReports: number;
  compensation: { accruedFen: number; waivedFen: number };
}

interface Row {
  id: string;
  utility: string;
  provider_id: string;
  kind: string;
  planned: boolean;
  started_at: Date;
  ended_at: Date | null;
  accounts: number;
  restoration_breached: boolean;
  notice_breached: boolean;
}

const FIVE_YEARS_MS = 5 * 366 * 86_400_000;

/**
 * SAIDI, SAIFI and CAIDI per provider for a period (IEEE 1366: sustained interruptions over five
 * minutes; customers served = the provider's accounts opened before the period ends), with and
 * without planned interruptions, optionally without major event days; on-time rates of restoration
 * and notice; compensation booked. Only restored interruptions count (an open one has no duration yet).
 */
export async function providerReliability(
  db: Db,
  period: { from: Date; to: Date; label: string },
  options: { excludeMajorEventDays?: boolean; providerId?: string } = {},
): Promise<ProviderReliability[]> {
  const rows: Row[] = await db.query(
    `SELECT i.id, i.utility, i.provider_id, i.kind, i.planned, i.started_at, i.ended_at, i.accounts,
            EXISTS (SELECT 1 FROM breaches b WHERE b.application_id = i.id AND b.stage = 'restoration') AS restoration_breached,
            EXISTS (SELECT 1 FROM breaches b WHERE b.application_id = i.id AND b.stage = 'notice') AS notice_breached
       FROM interruptions i
      WHERE i.started_at >= $1 AND i.started_at < $2 AND ($3::text IS NULL OR i.provider_id = $3)
      ORDER BY i.started_at, i.id`,
    [
      new Date(period.from.getTime() - (options.excludeMajorEventDays ? FIVE_YEARS_MS : 0)),
      period.to,
      options.providerId ?? null,
    ],
  );
  const served: { provider_id: string; utility: string; count: number }[] = await db.query(
    `SELECT provider_id, utility, count(*)::int AS count FROM service_accounts
      WHERE opened_at < $1 AND ($2::text IS NULL OR provider_id = $2) GROUP BY provider_id, utility`,
    [period.to, options.providerId ?? null],
  );
  const money: { provider_id: string; status: string; fen: string }[] = await db.query(
    `SELECT i.provider_id, c.status, COALESCE(sum(c.amount_fen), 0) AS fen
       FROM compensation_ledger c JOIN interruptions i ON i.id = c.application_id
      WHERE i.started_at >= $1 AND i.started_at < $2 AND c.account_no <> '' GROUP BY i.provider_id, c.status`,
    [period.from, period.to],
  );
  const providers = new Map<string, string>();
  for (const s of served) providers.set(s.provider_id, s.utility);
  for (const r of rows) if (r.started_at >= period.from) providers.set(r.provider_id, r.utility);
  return [...providers]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([providerId, utility]) => {
      const customersServed = served.find((s) => s.provider_id === providerId)?.count ?? 0;
      const mine = rows.filter((r) => r.provider_id === providerId);
      const inPeriod = mine.filter((r) => r.started_at >= period.from);
      const record = (r: Row): InterruptionRecord => ({
        startedAt: r.started_at,
        endedAt: r.ended_at!,
        customers: r.accounts,
        planned: r.planned,
      });
      const outages = (list: Row[]) => list.filter((r) => r.kind === 'interruption' && r.ended_at).map(record);
      let excludeDays: Set<string> | undefined;
      if (options.excludeMajorEventDays) {
        const history = outages(mine.filter((r) => r.started_at < period.from && !r.planned));
        const threshold = majorEventDayThreshold([...dailySaidi(history, customersServed).values()]);
        const days = dailySaidi(
          outages(inPeriod).filter((r) => !r.planned),
          customersServed,
        );
        excludeDays = new Set([...days].filter(([, saidi]) => threshold !== null && saidi > threshold).map(([d]) => d));
      }
      const unplannedRestored = inPeriod.filter((r) => r.kind === 'interruption' && !r.planned && r.ended_at);
      // Like restoration, only restored ones count: an open one may still be corrected.
      const planned = inPeriod.filter((r) => r.kind === 'interruption' && r.planned && r.ended_at);
      const fen = (status: string) =>
        Number(money.find((m) => m.provider_id === providerId && m.status === status)?.fen ?? 0);
      return {
        utility,
        providerId,
        period: period.label,
        customersServed,
        all: reliabilityIndices(outages(inPeriod), customersServed, { excludeDays }),
        unplanned: reliabilityIndices(outages(inPeriod), customersServed, { includePlanned: false, excludeDays }),
        majorEventDays: [...(excludeDays ?? [])].sort(),
        restorationOnTimeRate: unplannedRestored.length
          ? unplannedRestored.filter((r) => !r.restoration_breached).length / unplannedRestored.length
          : null,
        noticeOnTimeRate: planned.length ? planned.filter((r) => !r.notice_breached).length / planned.length : null,
        insufficientSupplyReports: inPeriod.filter((r) => r.kind === 'insufficient-supply').length,
        compensation: { accruedFen: fen('accrued'), waivedFen: fen('waived') },
      };
    });
}

/** The months (YYYY-MM, Asia/Shanghai) that have interruptions, newest first. */
export async function monthsWithInterruptions(db: Db, limit = 24): Promise<string[]> {
  const rows: { month: string }[] = await db.query(
    `SELECT DISTINCT to_char(started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month
       FROM interruptions ORDER BY month DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.month);
}
