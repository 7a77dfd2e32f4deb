import { getExternalWorkflowHandle, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Catalog, CatalogDraft } from '../libs/domain/src/catalog/catalog';
import type { CalendarYearInput } from '../libs/domain/src/calendar/calendar-year';
import type { CalendarYear } from '../libs/domain/src/calendar/working-calendar';
import { EventStream } from './event-stream';
import {
  applicationWorkflowId,
  connectionWorkflowId,
  recalculateDeadlinesSignal,
  RELEASE_0_2,
  waiveBreachSignal,
  type Actor,
} from './messages';
import type { RiskZoneRegister } from '../libs/domain/src/site/risk-zones';
import type { Utility } from '../libs/domain/src/form/utilities';

const { publishCatalog, publishCalendarYear, applicationsOnUnknownCalendar, publishRiskZones, eraseApplicant } =
  proxyActivities<Activities>({ startToCloseTimeout: '30 seconds' });
const { importServiceAccounts, setReliabilityPlan, assessReliabilityPlan, publishMonthlyReport, correctMonthlyReport } =
  proxyActivities<Activities>({ startToCloseTimeout: '5 minutes', retry: { maximumInterval: '1 minute' } });

/** Publishing a catalog version is a workflow so the API writes nothing itself. */
export async function catalogPublication(input: { draft: CatalogDraft; publishedAt: string }): Promise<Catalog> {
  return publishCatalog(input);
}

/** Loading a year of the official calendar (e.g. the State Council's notice for next year). */
export async function calendarPublication(input: {
  calendarYear: CalendarYearInput;
  by: string;
  publishedAt: string;
}): Promise<CalendarYear & { recalculated?: number }> {
  if (!patched(RELEASE_0_2)) return publishCalendarYear(input);
  const year = await publishCalendarYear(input);
  // Every open deadline counted on assumed weekdays is recomputed, each recording why it moved.
  const applications = await applicationsOnUnknownCalendar();
  const reason = `calendar year ${year.year} loaded (${year.source})`;
  await Promise.all(
    applications.map(
      (id) =>
        getExternalWorkflowHandle(applicationWorkflowId(id))
          .signal(recalculateDeadlinesSignal, { reason, years: [year] })
          .catch(() => undefined), // closed meanwhile: nothing left to recompute
    ),
  );
  return { ...year, recalculated: applications.length };
}

/** An admin's erasure of an applicant's personal data (PIPL): their key is deleted for good. */
export async function personalDataErasure(input: { applicantId: string; by: string }) {
  return eraseApplicant(input);
}

/** Publishing the district's register of low-risk zones (the fast track's road-works sites). */
export async function riskZonesPublication(input: {
  register: RiskZoneRegister;
  by: string;
  publishedAt: string;
}): Promise<{ version: number }> {
  return publishRiskZones(input);
}

export interface BreachReviewInput {
  applicationId: string;
  applicantId: string;
  track: string;
  stage: string;
  decision: 'uphold' | 'waive';
  reason: string;
  actor: Actor;
  /** The ledger units accrued for this breach when the admin decided (a waiver reverses them). */
  waivedUnits: number[];
  waivedFen: number;
  /** An interruption's ledger entries (account, booking unit) a waiver reverses. */
  waivedEntries?: { accountNo: string; unit: number }[];
}

export const breachId = (applicationId: string, track: string, stage: string) => `${applicationId}.${track}.${stage}`;

/**
 * An admin's review of a breach whose connection has closed, or of a window's breach (workflow
 * id breach-review-<breach id>, so a breach is reviewed once). A running connection reviews its
 * own breaches (the reviewBreach Update), where accruals stop before the waiver is counted.
 * Recorded as an event in the breach's own stream; waiving reverses the accrued amount.
 */
export async function breachReview(input: BreachReviewInput): Promise<void> {
  const { applicationId, applicantId, track, stage } = input;
  const stream = new EventStream(`breach-${breachId(applicationId, track, stage)}`, { applicationId, applicantId });
  await stream.append(
    [
      {
        type: 'BreachReviewed',
        track,
        stage,
        decision: input.decision,
        reason: input.reason,
        by: input.actor.sub,
        at: new Date(Date.now()).toISOString(),
        waivedUnits: input.decision === 'waive' ? input.waivedUnits : [],
        waivedFen: input.decision === 'waive' ? input.waivedFen : 0,
        ...(input.decision === 'waive' && input.waivedEntries ? { waivedEntries: input.waivedEntries } : {}),
      },
    ],
    input.actor.sub,
  );
  if (input.decision === 'waive' && track !== 'joint') {
    // Stop further accruals if the stage is still open; a finished connection has nothing to stop.
    try {
      await getExternalWorkflowHandle(connectionWorkflowId(applicationId, track as Utility)).signal(waiveBreachSignal, {
        stage,
        by: input.actor.sub,
        reason: input.reason,
      });
    } catch {
      // The connection's workflow has closed: its clocks are already stopped.
    }
  }
}

/** An admin's import of accounts connected before Lianbao: all of them, or none. */
export async function accountsImport(input: Parameters<Activities['importServiceAccounts']>[0]) {
  return importServiceAccounts(input);
}

const importing = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '1 minute',
  retry: { maximumInterval: '30 seconds' },
});

/**
 * A staged account import (the file's rows wait in Postgres, not in this workflow's input): one
 * check that none of the accounts exists, then batch by batch, the progress readable meanwhile
 * (GET /api/v1/accounts/imports/:id). A refusal imports nothing.
 */
export async function accountsImportInBatches(input: {
  importId: string;
  total: number;
  batch: number;
}): Promise<{ imported: number }> {
  await importing.checkAccountImport({ importId: input.importId });
  let imported = 0;
  try {
    for (let from = 0; from < input.total; from += input.batch)
      ({ imported } = await importing.importAccountBatch({ importId: input.importId, from, size: input.batch }));
  } catch (error) {
    await importing.finishAccountImport({ importId: input.importId, status: 'failed', problem: String(error) });
    throw error;
  }
  await importing.finishAccountImport({ importId: input.importId, status: 'done' });
  return { imported };
}

/** An admin sets a provider's reliability regulation plan (可靠性管制计划) for a year. */
export async function reliabilityPlanSetting(input: Parameters<Activities['setReliabilityPlan']>[0]) {
  return setReliabilityPlan(input);
}

/** A provider's year against its plan, and the penalty it owes the district (once per plan and year). */
export async function reliabilityAssessment(input: { providerId: string; year: number; at: string }) {
  return assessReliabilityPlan(input);
}

/**
 * The monthly publication, run by a Temporal Schedule (see apps/api/src/service/report-schedule.ts)
 * on the first days of each month: its nominal time decides whether today is the first working
 * day, and if it is, the previous month's report is produced — once, whichever run gets there.
 */
export async function monthlyReport(): Promise<{ day: string; reportId?: string; published: boolean }> {
  const scheduled = workflowInfo().searchAttributes?.TemporalScheduledStartTime?.[0];
  const nominalAt = scheduled instanceof Date ? scheduled : new Date(String(scheduled ?? Date.now()));
  return publishMonthlyReport({
    nominalAt: Number.isNaN(nominalAt.getTime()) ? new Date(Date.now()).toISOString() : nominalAt.toISOString(),
  });
}

/** An admin's correction of a published report: a new report for the month, linked to the old. */
export async function monthlyReportCorrection(input: { month: string; reason: string; at: string }) {
  return correctMonthlyReport(input);
}
