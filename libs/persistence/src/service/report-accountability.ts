import type { DataSource } from 'typeorm';
import { satisfactionRates } from '../../../domain/src/satisfaction/satisfaction';
import { ratingsGiven } from '../satisfaction/satisfaction-store';
import { monthRange } from './reliability-store';
import { UTILITIES } from '../../../domain/src/form/utilities';
import { catalogAt } from '../catalog/catalog-store';
import { qualitySection } from '../quality/quality-store';

/** The providers of the catalog in force at the end of the month, one per utility. */
export async function reportProviders(dataSource: DataSource, month: string) {
  // A month before the first catalog: the providers of the first one in force now.
  const catalog = await catalogAt(dataSource, new Date(monthRange(month).to.getTime() - 1)).catch(() =>
    catalogAt(dataSource, new Date()),
  );
  return UTILITIES.map((utility) => ({ id: catalog.providers[utility].id, utility }));
}

/**
 * What the monthly report gained in its format 2 (issue 20): complaints closed in the month per
 * provider with their on-time rates, satisfaction per provider and by what was rated against the
 * 98 % target, and the one window's consultations. Reports published before keep format 1.
 */
export const REPORT_FORMAT = 2;

export async function accountabilitySections(dataSource: DataSource, month: string) {
  const { from, to } = monthRange(month);
  const [complaints, consultations, given, quality, costs, gas] = await Promise.all([
    dataSource.query(
      `SELECT provider_id AS "providerId", utility,
              count(*)::int AS closed,
              count(*) FILTER (WHERE acknowledged_at <= acknowledge_due_at)::int AS acknowledged_on_time,
              count(*) FILTER (WHERE decided_at <= decide_due_at)::int AS decided_on_time,
              count(*) FILTER (WHERE outcome IN ('upheld', 'partly-upheld'))::int AS upheld,
              count(*) FILTER (WHERE jsonb_array_length(escalations) > 0)::int AS escalated,
              COALESCE(sum(remedy_fen), 0)::int AS remedy_fen
         FROM complaints WHERE closed_at >= $1 AND closed_at < $2
        GROUP BY provider_id, utility ORDER BY utility, provider_id`,
      [from, to],
    ) as Promise<
      {
        providerId: string;
        utility: string;
        closed: number;
        acknowledged_on_time: number;
        decided_on_time: number;
        upheld: number;
        escalated: number;
        remedy_fen: number;
      }[]
    >,
    dataSource.query(
      `SELECT count(*)::int AS asked,
              count(*) FILTER (WHERE jsonb_array_length(breaches) = 0 AND replied_at IS NOT NULL
                                 AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(parts) p WHERE p->>'answeredAt' IS NULL))::int AS answered_on_time,
              count(*) FILTER (WHERE application_id IS NOT NULL)::int AS became_applications
         FROM consultations WHERE asked_at >= $1 AND asked_at < $2`,
      [from, to],
    ) as Promise<{ asked: number; answered_on_time: number; became_applications: number }[]>,
    ratingsGiven(dataSource, { from, to }),
    reportProviders(dataSource, month).then((providers) => qualitySection(dataSource, month, providers)),
    // What businesses pay, from the plans whose quote was settled in the month (the plan stage done).
    dataSource.query(
      `SELECT s.utility, s.category, count(*)::int AS plans, round(avg(s.applicant_pays_fen))::int AS average_fen
         FROM application_services s
         JOIN application_stages st ON st.application_id = s.application_id AND st.track = s.utility AND st.stage = 'plan'
        WHERE st.status = 'done' AND st.completed_at >= $1 AND st.completed_at < $2 AND s.applicant_pays_fen IS NOT NULL
        GROUP BY s.utility, s.category ORDER BY s.utility, s.category`,
      [from, to],
    ) as Promise<{ utility: string; category: string; plans: number; average_fen: number }[]>,
    // The small standardized gas category's reach: its share of the month's gas applications.
    dataSource.query(
      `SELECT count(*)::int AS gas, count(*) FILTER (WHERE s.category = 'gas-small-standardized')::int AS small
         FROM application_services s JOIN applications a ON a.id = s.application_id
        WHERE s.utility = 'gas' AND a.submitted_at >= $1 AND a.submitted_at < $2`,
      [from, to],
    ) as Promise<{ gas: number; small: number }[]>,
  ]);
  const rates = satisfactionRates(given);
  const share = (n: number, of: number) => (of ? n / of : null);
  return {
    format: REPORT_FORMAT,
    complaints: complaints.map((c) => ({
      utility: c.utility,
      providerId: c.providerId,
      closed: c.closed,
      acknowledgedOnTimeRate: share(c.acknowledged_on_time, c.closed),
      decidedOnTimeRate: share(c.decided_on_time, c.closed),
      upheld: c.upheld,
      escalated: c.escalated,
      remedyFen: c.remedy_fen,
    })),
    consultations: {
      asked: consultations[0].asked,
      answeredOnTimeRate: share(consultations[0].answered_on_time, consultations[0].asked),
      becameApplications: consultations[0].became_applications,
    },
    satisfactionRates: { byProvider: rates.byProvider, bySource: rates.bySource },
    quality,
    connectionCost: costs.map((c) => ({
      utility: c.utility,
      category: c.category,
      plans: c.plans,
      averageFen: c.average_fen,
    })),
    smallGas: { gasApplications: gas[0].gas, smallStandardized: gas[0].small, share: share(gas[0].small, gas[0].gas) },
  };
}

type Sections = Awaited<ReturnType<typeof accountabilitySections>>;

/** The format-2 sections as CSV lines: section, utility, provider, metric, value. */
export function accountabilityCsv(
  report: Partial<Sections>,
  add: (section: string, utility: string, provider: string, metric: string, value: unknown) => void,
): void {
  for (const c of report.complaints ?? []) {
    add('complaints', c.utility, c.providerId, 'closed', c.closed);
    add('complaints', c.utility, c.providerId, 'acknowledged_on_time_rate', c.acknowledgedOnTimeRate);
    add('complaints', c.utility, c.providerId, 'decided_on_time_rate', c.decidedOnTimeRate);
    add('complaints', c.utility, c.providerId, 'upheld', c.upheld);
    add('complaints', c.utility, c.providerId, 'escalated', c.escalated);
    add('complaints', c.utility, c.providerId, 'remedy_fen', c.remedyFen);
  }
  if (report.consultations) {
    add('consultations', '', '', 'asked', report.consultations.asked);
    add('consultations', '', '', 'answered_on_time_rate', report.consultations.answeredOnTimeRate);
    add('consultations', '', '', 'became_applications', report.consultations.becameApplications);
  }
  for (const p of report.satisfactionRates?.byProvider ?? []) {
    add('satisfaction', p.utility, p.providerId, 'ratings', p.ratings);
    add('satisfaction', p.utility, p.providerId, 'satisfied_rate', p.rate);
    add('satisfaction', p.utility, p.providerId, 'below_target', p.belowTarget);
  }
  for (const q of report.quality ?? []) {
    add('quality', q.utility, q.providerId, 'submitted', q.submitted);
    for (const [metric, value] of Object.entries(q.figures ?? {}))
      add('quality', q.utility, q.providerId, metric, value);
  }
  for (const c of report.connectionCost ?? []) {
    add('connection_cost', c.utility, '', `${c.category}_plans`, c.plans);
    add('connection_cost', c.utility, '', `${c.category}_average_fen`, c.averageFen);
  }
  if (report.smallGas) {
    add('small_gas', 'gas', '', 'gas_applications', report.smallGas.gasApplications);
    add('small_gas', 'gas', '', 'small_standardized', report.smallGas.smallStandardized);
    add('small_gas', 'gas', '', 'share', report.smallGas.share);
  }
  for (const s of report.satisfactionRates?.bySource ?? []) {
    add('satisfaction', '', '', `${s.source}_ratings`, s.ratings);
    add('satisfaction', '', '', `${s.source}_satisfied_rate`, s.rate);
  }
}
