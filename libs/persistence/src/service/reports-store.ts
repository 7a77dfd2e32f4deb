import { disclosed } from '../../../domain/src/disclosure';
import type { DataSource } from 'typeorm';
import { appendToStream, readStream, WrongExpectedVersionError } from '../event-store/event-store';
import { deterministicEventId } from '../event-store/event-id';
import { project } from '../read-models/projector';
import { addDays, shanghaiDate } from '../../../domain/src/calendar/local-date';
import type { WorkingCalendar } from '../../../domain/src/calendar/working-calendar';
import { reliabilityPenaltyFen, type ReliabilityPlan } from '../../../domain/src/service/reliability';
import type { Utility } from '../../../domain/src/form/utilities';
import { monthRange, providerReliability } from './reliability-store';
import { accountabilityCsv, accountabilitySections, reportProviders } from './report-accountability';
import { recordMissingQualityFigures } from '../quality/quality-store';

export class ServiceRecordError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

const planStream = (providerId: string, year: number) => `reliability-plan-${providerId}-${year}`;

async function appendOne(dataSource: DataSource, streamId: string, version: number, type: string, data: object) {
  await appendToStream(
    dataSource,
    streamId,
    version,
    [
      {
        eventId: deterministicEventId(streamId, version + 1),
        type,
        data: data as Record<string, unknown>,
        metadata: {},
      },
    ],
    project,
  );
}

/** Sets (or replaces) a provider's plan for a year, until the year is assessed. */
export async function setReliabilityPlan(
  dataSource: DataSource,
  input: { providerId: string; utility: Utility; year: number; plan: ReliabilityPlan; by: string; at: string },
): Promise<{ version: number }> {
  const stream = planStream(input.providerId, input.year);
  const events = await readStream(dataSource, stream);
  if (events.some((e) => e.type === 'ReliabilityAssessed'))
    throw new ServiceRecordError('conflict', `${input.providerId}'s ${input.year} plan is assessed already.`);
  await appendOne(dataSource, stream, events.length, 'ReliabilityPlanSet', input);
  return { version: events.length + 1 };
}

/**
 * Compares a provider's year with its plan and records the penalty (payable to the district),
 * once: a second assessment returns the first. The year must be over (Asia/Shanghai).
 */
export async function assessReliabilityPlan(
  dataSource: DataSource,
  input: { providerId: string; year: number; at: string },
): Promise<Record<string, unknown>> {
  const stream = planStream(input.providerId, input.year);
  const events = await readStream(dataSource, stream);
  const done = events.find((e) => e.type === 'ReliabilityAssessed');
  if (done) return done.data;
  const set = [...events].reverse().find((e) => e.type === 'ReliabilityPlanSet');
  if (!set) throw new ServiceRecordError('not_found', `${input.providerId} has no plan for ${input.year}.`);
  const { from } = monthRange(`${input.year}-01`);
  const { from: to } = monthRange(`${input.year + 1}-01`);
  if (Date.parse(input.at) < to.getTime())
    throw new ServiceRecordError('conflict', `${input.year} is not over yet: it is assessed from ${to.toISOString()}.`);
  const plan = set.data.plan as ReliabilityPlan;
  const [year] = await providerReliability(
    dataSource,
    { from, to, label: String(input.year) },
    {
      providerId: input.providerId,
    },
  );
  const actual = {
    saidiMinutes: year?.all.saidiMinutes ?? 0,
    saifi: year?.all.saifi ?? 0,
    onTimeRestorationPct: year?.restorationOnTimeRate === null || !year ? 100 : year.restorationOnTimeRate * 100,
    customersServed: year?.customersServed ?? 0,
  };
  const { fen, missed } = reliabilityPenaltyFen(plan, actual);
  const assessed = {
    providerId: input.providerId,
    utility: set.data.utility,
    year: input.year,
    actual,
    missed,
    penaltyFen: fen,
    at: input.at,
  };
  await appendOne(dataSource, stream, events.length, 'ReliabilityAssessed', assessed);
  return assessed;
}

/** The first working day of the month `date` falls in. */
export function firstWorkingDay(month: string, calendar: WorkingCalendar): string {
  let day = `${month}-01`;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** A month's published indicators: reliability per provider, connections, satisfaction, compensation. */
export async function buildMonthlyReport(dataSource: DataSource, month: string) {
  const { from, to } = monthRange(month);
  const [accountability, reliability, withoutMajorEvents, connections, submitted, ratings, money] = await Promise.all([
    accountabilitySections(dataSource, month),
    providerReliability(dataSource, { from, to, label: month }),
    providerReliability(dataSource, { from, to, label: month }, { excludeMajorEventDays: true }),
    dataSource.query(
      `SELECT track AS utility, count(*)::int AS connected,
              count(*) FILTER (WHERE sla_state <> 'breached')::int AS on_time,
              avg(EXTRACT(EPOCH FROM completed_at - started_at) / 86400)::float AS average_days,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM completed_at - started_at) / 86400)::float AS p90_days
         FROM application_stages
        WHERE stage = 'total' AND status = 'done' AND completed_at >= $1 AND completed_at < $2
        GROUP BY track ORDER BY track`,
      [from, to],
    ),
    dataSource.query(`SELECT count(*)::int AS count FROM applications WHERE submitted_at >= $1 AND submitted_at < $2`, [
      from,
      to,
    ]),
    dataSource.query(
      `SELECT count(*)::int AS count, avg((data->>'score')::int)::float AS average,
              count(*) FILTER (WHERE (data->>'score')::int >= 4)::int AS satisfied
         FROM events WHERE type = 'ServiceRated' AND (data->>'at')::timestamptz >= $1 AND (data->>'at')::timestamptz < $2`,
      [from, to],
    ),
    dataSource.query(
      `SELECT CASE WHEN account_no = '' THEN 'connection' ELSE 'interruption' END AS source, status,
              COALESCE(sum(amount_fen), 0)::bigint AS fen
         FROM compensation_ledger WHERE accrued_at >= $1 AND accrued_at < $2 GROUP BY 1, 2 ORDER BY 1, 2`,
      [from, to],
    ),
  ]);
  const round = (v: number | null, digits = 4) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  const { format, ...sections } = accountability;
  return {
    format,
    month,
    timeZone: 'Asia/Shanghai',
    reliability: reliability.map((r) => ({
      ...r,
      majorEventDaysExcluded: withoutMajorEvents.find((w) => w.providerId === r.providerId)?.majorEventDays ?? [],
      allExcludingMajorEventDays: withoutMajorEvents.find((w) => w.providerId === r.providerId)?.all ?? null,
    })),
    connections: (
      connections as { utility: string; connected: number; on_time: number; average_days: number; p90_days: number }[]
    ).map((c) => ({
      utility: c.utility,
      connected: c.connected,
      onTimeRate: c.connected ? c.on_time / c.connected : null,
      averageDays: round(c.average_days, 2),
      p90Days: round(c.p90_days, 2),
    })),
    applicationsSubmitted: submitted[0].count as number,
    satisfaction: {
      ratings: ratings[0].count as number,
      // Withheld over fewer than MIN_PUBLIC_COUNT ratings: one person's score must not show.
      average: disclosed(ratings[0].count, round(ratings[0].average)),
      satisfiedRate: ratings[0].count ? disclosed(ratings[0].count, ratings[0].satisfied / ratings[0].count) : null,
      target: 0.98,
    },
    compensation: (money as { source: string; status: string; fen: string }[]).map((m) => ({
      source: m.source,
      status: m.status,
      fen: Number(m.fen),
    })),
    ...sections,
  };
}

/** One line per figure: section, utility, provider, metric, value. */
export function reportCsv(report: Awaited<ReturnType<typeof buildMonthlyReport>>): string {
  const lines = [['month', 'section', 'utility', 'provider_id', 'metric', 'value']];
  const add = (section: string, utility: string, provider: string, metric: string, value: unknown) =>
    lines.push([report.month, section, utility, provider, metric, value === null ? '' : String(value)]);
  for (const r of report.reliability) {
    add('reliability', r.utility, r.providerId, 'customers_served', r.customersServed);
    for (const [name, v] of [
      ['all', r.all],
      ['unplanned', r.unplanned],
    ] as const) {
      add('reliability', r.utility, r.providerId, `saidi_minutes_${name}`, v.saidiMinutes);
      add('reliability', r.utility, r.providerId, `saifi_${name}`, v.saifi);
      add('reliability', r.utility, r.providerId, `caidi_minutes_${name}`, v.caidiMinutes);
      add('reliability', r.utility, r.providerId, `interruptions_${name}`, v.interruptions);
    }
    add('reliability', r.utility, r.providerId, 'restoration_on_time_rate', r.restorationOnTimeRate);
    add('reliability', r.utility, r.providerId, 'notice_on_time_rate', r.noticeOnTimeRate);
    add('reliability', r.utility, r.providerId, 'insufficient_supply_reports', r.insufficientSupplyReports);
    add('reliability', r.utility, r.providerId, 'compensation_accrued_fen', r.compensation.accruedFen);
    add('reliability', r.utility, r.providerId, 'compensation_waived_fen', r.compensation.waivedFen);
  }
  for (const c of report.connections) {
    add('connections', c.utility, '', 'connected', c.connected);
    add('connections', c.utility, '', 'on_time_rate', c.onTimeRate);
    add('connections', c.utility, '', 'average_days', c.averageDays);
    add('connections', c.utility, '', 'p90_days', c.p90Days);
  }
  add('applications', '', '', 'submitted', report.applicationsSubmitted);
  add('satisfaction', '', '', 'ratings', report.satisfaction.ratings);
  add('satisfaction', '', '', 'average', report.satisfaction.average);
  add('satisfaction', '', '', 'satisfied_rate', report.satisfaction.satisfiedRate);
  for (const m of report.compensation) add('compensation', '', '', `${m.source}_${m.status}_fen`, m.fen);
  accountabilityCsv(report, add);
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

async function produce(
  dataSource: DataSource,
  month: string,
  input: { producedFor: string; reason: string; correct: boolean },
): Promise<{ reportId: string; published: boolean }> {
  const stream = `report-${month}`;
  const events = await readStream(dataSource, stream);
  if (events.length > 0 && !input.correct) return { reportId: String(events[0].data.reportId), published: false };
  if (events.length === 0 && input.correct)
    throw new ServiceRecordError('not_found', `No report for ${month} has been published to correct.`);
  // The month's quality figures were due by now: each provider without them has missed the limit.
  if (!input.correct)
    await recordMissingQualityFigures(dataSource, month, await reportProviders(dataSource, month), input.producedFor);
  const report = await buildMonthlyReport(dataSource, month);
  const reportId = events.length === 0 ? month : `${month}-c${events.length}`;
  const json = JSON.stringify({ reportId, ...report }, null, 2);
  try {
    await appendOne(dataSource, stream, events.length, 'MonthlyReportPublished', {
      reportId,
      month,
      producedFor: input.producedFor,
      producedAt: new Date().toISOString(),
      corrects: events.length ? String(events[events.length - 1].data.reportId) : null,
      reason: input.reason,
      json,
      csv: reportCsv(report),
    });
  } catch (error) {
    // Another run published it first: that one stands.
    if (error instanceof WrongExpectedVersionError && !input.correct) return produce(dataSource, month, input);
    throw error;
  }
  return { reportId, published: true };
}

/**
 * The monthly Schedule's action for its nominal time: on the first working day of a month
 * (Asia/Shanghai), the previous month's report, once — and in January, the assessment of every
 * reliability plan of the year just ended; on any other day, nothing.
 */
export async function publishMonthlyReport(
  dataSource: DataSource,
  calendar: WorkingCalendar,
  input: { nominalAt: string },
): Promise<{ day: string; reportId?: string; published: boolean; assessed?: string[] }> {
  const day = shanghaiDate(new Date(input.nominalAt));
  if (day !== firstWorkingDay(day.slice(0, 7), calendar)) return { day, published: false };
  const month = previousMonth(day.slice(0, 7));
  const report = await produce(dataSource, month, { producedFor: input.nominalAt, reason: 'monthly', correct: false });
  // The first working day of January also closes the year: every plan for it not yet assessed is.
  if (!month.endsWith('-12')) return { day, ...report };
  const year = Number(month.slice(0, 4));
  const due: { provider_id: string }[] = await dataSource.query(
    `SELECT provider_id FROM reliability_plans WHERE year = $1 AND assessed_at IS NULL ORDER BY provider_id`,
    [year],
  );
  for (const { provider_id } of due)
    await assessReliabilityPlan(dataSource, { providerId: provider_id, year, at: input.nominalAt });
  return { day, ...report, assessed: due.map((d) => d.provider_id) };
}

/** A correction: a new report for the month, linked to the one it corrects (which stays as it was). */
export async function correctMonthlyReport(
  dataSource: DataSource,
  input: { month: string; reason: string; at: string },
): Promise<{ reportId: string }> {
  return produce(dataSource, input.month, { producedFor: input.at, reason: input.reason, correct: true });
}
