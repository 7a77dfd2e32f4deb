import type { LianbaoEvent, Party } from '../../../domain/src/process/events';
import { documentsProjection } from './documents.projection';
import { at, make } from './fold';
import { notificationsProjection } from './notifications.projection';
import { tariffNoticesProjection } from '../tariffs/tariff-notices.projection';
import { complaintsProjection } from '../complaints/complaints.projection';
import { consultationsProjection, faqProjection } from '../consultations/consultations.projection';
import { ratingsProjection } from '../satisfaction/ratings.projection';
import {
  networkSegmentsProjection,
  networkSegmentVersionsProjection,
  networkVersionsProjection,
} from '../networks/network.projection';
import {
  ApplicationRow,
  BreachRow,
  CalendarYearRow,
  CatalogRow,
  CompensationRow,
  InterruptionRow,
  PublicReportRow,
  ReliabilityPlanRow,
  ServiceAccountRow,
  RiskZoneRegisterRow,
  ServiceRow,
  StageRow,
} from './entities';

/** An event as projections see it: its data plus the store's id for it. */
export type ProjectedEvent = LianbaoEvent & { eventId: string };

/**
 * A read model as a pure fold: which rows an event touches, and what each becomes.
 * Returning undefined from evolve leaves the row untouched (or absent).
 */
export interface Projection<Row extends object> {
  entity: new () => Row;
  keys(event: ProjectedEvent): Partial<Row>[];
  evolve(row: Row | undefined, event: ProjectedEvent, key: Partial<Row>): Row | undefined;
}

const APPLICATION_EVENTS = new Set<string>([
  'ApplicationSubmitted',
  'SupplementRequested',
  'SupplementProvided',
  'ApplicationAccepted',
  'ApplicationRejected',
  'JointSurveyScheduled',
  'JointSurveyMissed',
  'ServicesDispatched',
  'ApplicationCompleted',
  'ApplicationWithdrawn',
  'ServiceRated',
  'SiteClassified',
  'ProcessFailed',
]);

export const applicationsProjection: Projection<ApplicationRow> = {
  entity: ApplicationRow,
  // A connection's own ProcessFailed (it has a track) is the service's; the application records its own.
  keys: (e) =>
    APPLICATION_EVENTS.has(e.type) && 'applicationId' in e && !(e.type === 'ProcessFailed' && 'track' in e)
      ? [{ id: e.applicationId }]
      : [],
  evolve(row, e) {
    if (e.type === 'ApplicationSubmitted')
      return make(ApplicationRow, {
        id: e.applicationId,
        number: e.number ?? null,
        applicantId: e.applicantId,
        companyName: e.form.applicant.companyName,
        status: 'submitted',
        utilities: e.services.map((s) => s.utility),
        catalogVersion: e.catalog.version,
        form: e.form as unknown as Record<string, unknown>,
        submittedAt: at(e.submittedAt),
        surveyAppointmentAt: null,
        decidedAt: null,
        completedAt: null,
        rejectReason: null,
        supplement: null,
        rating: null,
        ratingComment: null,
        siteRisk: null,
        failure: null,
        updatedAt: at(e.submittedAt),
      });
    if (!row) return undefined;
    const next = { ...row };
    switch (e.type) {
      case 'SupplementRequested':
        return {
          ...next,
          status: 'supplement-requested',
          supplement: { items: e.items, message: e.message, ...(e.documents ? { documents: e.documents } : {}) },
          updatedAt: at(e.at),
        };
      case 'SupplementProvided':
        return { ...next, status: 'submitted', supplement: null, updatedAt: at(e.at) };
      case 'SiteClassified': {
        const { type: _t, at: when, applicationId: _a, applicantId: _b, eventId: _e, ...risk } = e;
        return { ...next, siteRisk: risk, updatedAt: at(when) };
      }
      case 'ApplicationAccepted':
        return {
          ...next,
          status: 'accepted',
          decidedAt: at(e.at),
          siteRisk: (e.siteRisk as Record<string, unknown> | undefined) ?? next.siteRisk,
          updatedAt: at(e.at),
        };
      case 'ProcessFailed':
        return {
          ...next,
          status: 'failed',
          failure: { code: e.code, message: e.message, utilities: e.utilities },
          updatedAt: at(e.at),
        };
      case 'ApplicationRejected':
        return { ...next, status: 'rejected', rejectReason: e.reason, decidedAt: at(e.at), updatedAt: at(e.at) };
      case 'JointSurveyScheduled':
        return { ...next, surveyAppointmentAt: at(e.appointmentAt), updatedAt: at(e.at) };
      case 'JointSurveyMissed':
        return { ...next, surveyAppointmentAt: null, updatedAt: at(e.at) };
      case 'ServicesDispatched':
        return { ...next, status: 'in-progress', updatedAt: at(e.at) };
      case 'ApplicationCompleted':
        return { ...next, status: 'completed', completedAt: at(e.at), updatedAt: at(e.at) };
      case 'ApplicationWithdrawn':
        return { ...next, status: 'withdrawn', updatedAt: at(e.at) };
      case 'ServiceRated':
        // Opened before it gets here (openForProjection): what is still sealed, nobody can read.
        return {
          ...next,
          rating: e.score,
          ratingComment: e.comment === undefined ? null : typeof e.comment === 'string' ? e.comment : '[erased]',
          updatedAt: at(e.at),
        };
      default:
        return undefined;
    }
  },
};

export const servicesProjection: Projection<ServiceRow> = {
  entity: ServiceRow,
  keys: (e) => {
    if (e.type === 'ApplicationSubmitted')
      return e.services.map((s) => ({ applicationId: e.applicationId, utility: s.utility }));
    if ('track' in e && e.track !== 'joint' && !('stage' in e))
      return [{ applicationId: e.applicationId, utility: e.track }];
    return [];
  },
  evolve(row, e, key) {
    if (e.type === 'ApplicationSubmitted') {
      const service = e.services.find((s) => s.utility === key.utility)!;
      return (
        row ??
        make(ServiceRow, {
          applicationId: e.applicationId,
          utility: service.utility,
          providerId: service.provider.id,
          category: service.category,
          phase: 'waiting',
          permitStatus: null,
          applicantPaysFen: null,
          accountId: null,
          updatedAt: at(e.submittedAt),
        })
      );
    }
    if (!row || !('track' in e) || !('at' in e)) return undefined;
    const base = { ...row, updatedAt: at(e.at) };
    switch (e.type) {
      case 'SurveyRecorded':
        return { ...base, phase: 'plan' };
      case 'PlanSubmitted':
        return {
          ...base,
          phase: e.plan.needsExternalWorks ? 'construction' : 'connection',
          applicantPaysFen: e.applicantPaysFen,
        };
      case 'RoadPermitApplied':
        return { ...base, permitStatus: 'pending' };
      case 'RoadPermitGranted':
        return { ...base, permitStatus: 'approved' };
      case 'RoadPermitRefused':
        return { ...base, permitStatus: 'rejected' };
      case 'ConstructionCompleted':
        return { ...base, phase: 'connection' };
      case 'ConnectionCompleted':
        return { ...base, phase: 'done', accountId: e.accountId };
      case 'ConnectionWithdrawn':
        return { ...base, phase: 'withdrawn' };
      case 'ProcessFailed':
        return { ...base, phase: 'failed' };
      default:
        return undefined;
    }
  },
};

/** ServiceRow's "waiting" becomes "survey" when the child starts its first stage. */
export const serviceStartProjection: Projection<ServiceRow> = {
  entity: ServiceRow,
  keys: (e) =>
    e.type === 'StageStarted' && e.track !== 'joint' && e.stage === 'survey'
      ? [{ applicationId: e.applicationId, utility: e.track }]
      : [],
  evolve: (row, e) =>
    row && e.type === 'StageStarted' ? { ...row, phase: 'survey', updatedAt: at(e.startedAt) } : undefined,
};

const partyColumns = (party: Party) => ({
  partyKind: party.kind,
  partyId: party.kind === 'window' || party.kind === 'admin' ? null : party.id,
});

export const stagesProjection: Projection<StageRow> = {
  entity: StageRow,
  keys: (e) =>
    'stage' in e && 'track' in e ? [{ applicationId: e.applicationId, track: e.track, stage: e.stage }] : [],
  evolve(row, e) {
    switch (e.type) {
      case 'StageStarted':
        return make(StageRow, {
          applicationId: e.applicationId,
          track: e.track,
          stage: e.stage,
          ...partyColumns(e.party),
          status: 'open',
          slaState: 'on_track',
          limit: e.limit,
          startedAt: at(e.startedAt),
          dueAt: at(e.dueAt),
          warnAt: at(e.warnAt),
          pausedMs: 0,
          pausedSince: null,
          pauses: [],
          beyondKnownCalendar: e.beyondKnownCalendar,
          completedAt: null,
          warnBySweeper: e.warning === 'read-side',
        });
      case 'StagePaused':
        return (
          row && {
            ...row,
            status: 'paused',
            pausedSince: row.pausedSince ?? at(e.at),
            pauses: [...row.pauses, { reason: e.reason, from: e.at, to: null }],
          }
        );
      case 'StageResumed': {
        if (!row) return undefined;
        // Release 0.1 had one pause at a time and said nothing of reasons or running.
        const open = row.pauses.findIndex((p) => p.to === null && (e.reason === undefined || p.reason === e.reason));
        const pauses = row.pauses.map((p, i) => (i === open ? { ...p, to: e.at } : p));
        if (e.running === false) return { ...row, pauses };
        return {
          ...row,
          status: 'open',
          pausedSince: null,
          pausedMs: row.pausedMs + (e.stoppedMs ?? e.pausedMs),
          dueAt: e.dueAt ? at(e.dueAt) : row.dueAt,
          warnAt: e.warnAt ? at(e.warnAt) : row.warnAt,
          pauses,
        };
      }
      case 'DeadlineRecomputed':
        return row && { ...row, dueAt: at(e.dueAt), warnAt: at(e.warnAt), beyondKnownCalendar: e.beyondKnownCalendar };
      case 'SlaWarningIssued':
        return row && { ...row, slaState: row.slaState === 'breached' ? 'breached' : 'warning' };
      case 'SlaBreached':
        return row && { ...row, slaState: 'breached' };
      case 'StageCompleted':
      case 'StageCancelled':
        return (
          row && {
            ...row,
            status: e.type === 'StageCompleted' ? 'done' : 'cancelled',
            completedAt: at(e.at),
            pausedSince: null,
            pauses: row.pauses.map((p) => (p.to === null ? { ...p, to: e.at } : p)),
          }
        );
      default:
        return undefined;
    }
  },
};

export const breachesProjection: Projection<BreachRow> = {
  entity: BreachRow,
  keys: (e) =>
    e.type === 'SlaBreached' || e.type === 'CompensationAccrued' || e.type === 'BreachReviewed'
      ? [{ applicationId: e.applicationId, track: e.track, stage: e.stage }]
      : e.type === 'LapseCompensationBooked'
        ? [{ applicationId: e.interruptionId, track: e.utility, stage: e.stage }]
        : [],
  evolve(row, e) {
    if (e.type === 'SlaBreached')
      return make(BreachRow, {
        applicationId: e.applicationId,
        track: e.track,
        stage: e.stage,
        ...partyColumns(e.party),
        dueAt: at(e.dueAt),
        breachedAt: at(e.at),
        // Agencies and the window are held to their limits, but only providers pay.
        compensable: e.party.kind === 'provider',
        accruedFen: 0,
        reviewStatus: 'open',
      });
    if ((e.type === 'CompensationAccrued' || e.type === 'LapseCompensationBooked') && row)
      return { ...row, accruedFen: row.accruedFen + e.amountFen };
    if (e.type === 'BreachReviewed' && row)
      return {
        ...row,
        reviewStatus: e.decision === 'waive' ? 'waived' : 'upheld',
        accruedFen: row.accruedFen - e.waivedFen,
      };
    return undefined;
  },
};

export const compensationProjection: Projection<CompensationRow> = {
  entity: CompensationRow,
  keys: (e) => {
    if (e.type === 'CompensationAccrued')
      return [{ applicationId: e.applicationId, track: e.track, stage: e.stage, unit: e.unit, accountNo: '' }];
    if (e.type === 'LapseCompensationBooked')
      return [
        { applicationId: e.interruptionId, track: e.utility, stage: e.stage, unit: e.unit, accountNo: e.accountNo },
      ];
    if (e.type === 'BreachReviewed')
      return [
        ...e.waivedUnits.map((unit) => ({
          applicationId: e.applicationId,
          track: e.track,
          stage: e.stage,
          unit,
          accountNo: '',
        })),
        ...(e.waivedEntries ?? []).map(({ accountNo, unit }) => ({
          applicationId: e.applicationId,
          track: e.track,
          stage: e.stage,
          unit,
          accountNo,
        })),
      ];
    return [];
  },
  evolve(row, e) {
    // A waiver reverses the units accrued when the admin decided.
    if (e.type === 'BreachReviewed') return row && { ...row, status: 'waived' };
    // An interruption's booking: a payment, top-up or reversal for one account, once per unit.
    if (e.type === 'LapseCompensationBooked')
      return row
        ? undefined
        : make(CompensationRow, {
            applicationId: e.interruptionId,
            track: e.utility,
            stage: e.stage,
            unit: e.unit,
            accountNo: e.accountNo,
            applicantId: e.customerId,
            providerId: e.providerId,
            amountFen: e.amountFen,
            accruedAt: at(e.at),
            status: 'accrued',
          });
    // The key is (application, track, stage, unit): a second accrual of the same unit changes nothing.
    if (e.type !== 'CompensationAccrued' || row) return undefined;
    return make(CompensationRow, {
      applicationId: e.applicationId,
      track: e.track,
      stage: e.stage,
      unit: e.unit,
      accountNo: '',
      applicantId: e.applicantId,
      providerId: e.providerId,
      amountFen: e.amountFen,
      accruedAt: at(e.at),
      status: 'accrued',
    });
  },
};

export const catalogProjection: Projection<CatalogRow> = {
  entity: CatalogRow,
  keys: (e) => (e.type === 'CatalogPublished' ? [{ version: e.catalog.version }] : []),
  evolve: (row, e) =>
    e.type === 'CatalogPublished' && !row
      ? make(CatalogRow, {
          version: e.catalog.version,
          effectiveFrom: at(e.catalog.effectiveFrom),
          publishedAt: at(e.catalog.publishedAt),
          document: e.catalog as unknown as Record<string, unknown>,
        })
      : undefined,
};

export const calendarYearsProjection: Projection<CalendarYearRow> = {
  entity: CalendarYearRow,
  keys: (e) => (e.type === 'CalendarYearPublished' ? [{ year: e.calendarYear.year }] : []),
  // A later publication of the same year replaces the earlier one (a corrected notice).
  evolve: (_row, e) =>
    e.type === 'CalendarYearPublished'
      ? make(CalendarYearRow, {
          year: e.calendarYear.year,
          holidays: e.calendarYear.holidays,
          workdays: e.calendarYear.workdays,
          source: e.calendarYear.source,
          publishedAt: at(e.publishedAt),
          publishedBy: e.by,
        })
      : undefined,
};

export const riskZonesProjection: Projection<RiskZoneRegisterRow> = {
  entity: RiskZoneRegisterRow,
  keys: (e) => (e.type === 'RiskZonesPublished' ? [{ version: e.version }] : []),
  evolve: (row, e) =>
    e.type === 'RiskZonesPublished' && !row
      ? make(RiskZoneRegisterRow, {
          version: e.version,
          zones: e.register.zones,
          source: e.register.source,
          publishedAt: at(e.publishedAt),
          publishedBy: e.by,
        })
      : undefined,
};

export const accountsProjection: Projection<ServiceAccountRow> = {
  entity: ServiceAccountRow,
  keys: (e) =>
    e.type === 'AccountOpened' ? [{ providerId: e.account.providerId, accountNo: e.account.accountNo }] : [],
  evolve: (row, e) => {
    if (e.type !== 'AccountOpened' || row) return undefined;
    const a = e.account;
    return make(ServiceAccountRow, {
      providerId: a.providerId,
      accountNo: a.accountNo,
      utility: a.utility,
      customerId: a.customerId,
      customerType: a.customerType,
      address: a.site.address,
      district: a.site.district,
      lat: a.site.coordinates?.lat ?? null,
      lng: a.site.coordinates?.lng ?? null,
      tariff: a.tariff,
      energyFenPerKwh: a.energyFenPerKwh,
      usage: (a.usage as Record<string, number> | null) ?? null,
      contracted: a.contracted,
      source: a.source,
      applicationId: a.applicationId,
      openedAt: at(a.openedAt),
    });
  },
};

const INTERRUPTION_EVENTS = new Set([
  'InterruptionReported',
  'RepairArrived',
  'SupplyRestored',
  'LapseCompensationBooked',
  'InterruptionClosed',
]);

export const interruptionsProjection: Projection<InterruptionRow> = {
  entity: InterruptionRow,
  keys: (e) => (INTERRUPTION_EVENTS.has(e.type) ? [{ id: (e as { interruptionId: string }).interruptionId }] : []),
  evolve(row, e) {
    if (e.type === 'InterruptionReported')
      return (
        row ??
        make(InterruptionRow, {
          id: e.interruptionId,
          reference: e.reference,
          providerId: e.providerId,
          utility: e.utility,
          kind: e.kind,
          planned: e.planned,
          noticedAt: e.noticedAt ? at(e.noticedAt) : null,
          plannedEndAt: e.plannedEndAt ? at(e.plannedEndAt) : null,
          startedAt: at(e.startedAt),
          endedAt: null,
          arrivedAt: null,
          area: e.area as unknown as Record<string, unknown>,
          accounts: e.accounts.length,
          measured: e.measured,
          cause: e.cause,
          status: 'open',
          compensationFen: 0,
          catalogVersion: e.catalogVersion,
          reportedAt: at(e.reportedAt),
          updatedAt: at(e.reportedAt),
        })
      );
    if (!row) return undefined;
    switch (e.type) {
      case 'RepairArrived':
        return { ...row, arrivedAt: at(e.at), updatedAt: at(e.at) };
      case 'SupplyRestored':
        return { ...row, endedAt: at(e.endedAt), status: 'restored', updatedAt: at(e.at) };
      case 'LapseCompensationBooked':
        return { ...row, compensationFen: row.compensationFen + e.amountFen, updatedAt: at(e.at) };
      case 'InterruptionClosed':
        return { ...row, status: 'closed', updatedAt: at(e.at) };
      default:
        return undefined;
    }
  },
};

export const reliabilityPlansProjection: Projection<ReliabilityPlanRow> = {
  entity: ReliabilityPlanRow,
  keys: (e) =>
    e.type === 'ReliabilityPlanSet' || e.type === 'ReliabilityAssessed'
      ? [{ providerId: e.providerId, year: e.year }]
      : [],
  evolve(row, e) {
    if (e.type === 'ReliabilityPlanSet')
      return make(ReliabilityPlanRow, {
        providerId: e.providerId,
        year: e.year,
        utility: e.utility,
        plan: e.plan as unknown as Record<string, unknown>,
        setBy: e.by,
        setAt: at(e.at),
        actual: null,
        missed: null,
        penaltyFen: null,
        assessedAt: null,
      });
    if (e.type === 'ReliabilityAssessed' && row)
      return { ...row, actual: e.actual, missed: e.missed, penaltyFen: e.penaltyFen, assessedAt: at(e.at) };
    return undefined;
  },
};

export const publicReportsProjection: Projection<PublicReportRow> = {
  entity: PublicReportRow,
  keys: (e) => (e.type === 'MonthlyReportPublished' ? [{ id: e.reportId }] : []),
  evolve: (row, e) =>
    e.type === 'MonthlyReportPublished' && !row
      ? make(PublicReportRow, {
          id: e.reportId,
          month: e.month,
          producedFor: at(e.producedFor),
          producedAt: at(e.producedAt),
          corrects: e.corrects,
          reason: e.reason,
          json: e.json,
          csv: e.csv,
        })
      : undefined,
};

export const allProjections = [
  applicationsProjection,
  servicesProjection,
  serviceStartProjection,
  stagesProjection,
  breachesProjection,
  compensationProjection,
  notificationsProjection,
  catalogProjection,
  calendarYearsProjection,
  riskZonesProjection,
  accountsProjection,
  interruptionsProjection,
  reliabilityPlansProjection,
  publicReportsProjection,
  documentsProjection,
  tariffNoticesProjection,
  complaintsProjection,
  consultationsProjection,
  faqProjection,
  ratingsProjection,
  networkSegmentsProjection,
  networkSegmentVersionsProjection,
  networkVersionsProjection,
] as Projection<object>[];
