import type { NetworkEvent } from '../networks/events';
import type { Limit } from '../calendar/deadline';
import type { CalendarYear } from '../calendar/working-calendar';
import type { ClockedStage, Agency, Catalog, Provider } from '../catalog/catalog';
import type { ApplicationForm } from '../form/application-form';
import type { ServiceCategory, Utility } from '../form/utilities';
import type { ConnectionEvent } from './utility-connection';
import type { JointEvent, SiteRisk } from './joint-application';
import type { RiskZoneRegister } from '../site/risk-zones';
import type { InterruptionEvent, ServiceRecordEvent } from '../service/events';
import type { TariffNoticeEvent } from '../tariffs/tariff-notice';
import type { ComplaintEvent } from '../complaints/complaint';
import type { ConsultationEvent } from '../consultations/consultation';
import type { RatingEvent } from '../satisfaction/follow-up';

/** Who a stage waits on: the one window, a provider, or a road agency. */
export type Party =
  | { kind: 'window' }
  | { kind: 'provider'; id: string }
  | { kind: 'agency'; id: Agency }
  /** The district (its admins): complaints are the district's to handle. */
  | { kind: 'admin' };

/** `joint` for the window's stages, else the utility whose connection the stage belongs to. */
export type Track = 'joint' | Utility;

/** Clock events: every stage with a published limit emits these, in any stream. */
export type StageEvent =
  | {
      type: 'StageStarted';
      track: Track;
      stage: ClockedStage;
      party: Party;
      limit: Limit;
      startedAt: string;
      dueAt: string;
      warnAt: string;
      beyondKnownCalendar: boolean;
      /** Agencies' breaches are recorded for the admin but pay nothing. */
      compensable: boolean;
      /** Release 0.3: the 75 % warning is issued by the read side's sweeper, not by the workflow. */
      warning?: 'read-side';
    }
  | { type: 'StagePaused'; track: Track; stage: ClockedStage; at: string; reason: string }
  | {
      type: 'StageResumed';
      track: Track;
      stage: ClockedStage;
      at: string;
      /** The span of this reason (release 0.1: of the one pause there was). */
      pausedMs: number;
      /** Release 0.2: the reason let go of; whether the clock runs again; how long it stood still. */
      reason?: string;
      running?: boolean;
      stoppedMs?: number;
      /** Present when the clock runs again: the deadline with every pause given back. */
      dueAt?: string;
      warnAt?: string;
    }
  | {
      type: 'DeadlineRecomputed';
      track: Track;
      stage: ClockedStage;
      at: string;
      reason: string;
      previousDueAt: string;
      dueAt: string;
      warnAt: string;
      beyondKnownCalendar: boolean;
    }
  | { type: 'SlaWarningIssued'; track: Track; stage: ClockedStage; party: Party; at: string; dueAt: string }
  | { type: 'SlaBreached'; track: Track; stage: ClockedStage; party: Party; dueAt: string; at: string }
  | {
      type: 'CompensationAccrued';
      track: Utility;
      stage: ClockedStage;
      unit: number;
      amountFen: number;
      /** What the rule pays for this unit; less is owed when another clock paid the day (pay once). */
      ruleFen?: number;
      lateDay?: string;
      at: string;
      providerId: string;
    }
  | { type: 'StageCompleted'; track: Track; stage: ClockedStage; at: string; late: boolean }
  | { type: 'StageCancelled'; track: Track; stage: ClockedStage; at: string };

export type ApplicationEvent =
  | {
      type: 'ApplicationSubmitted';
      /** The application number (JD-2026-000123); absent on applications from before numbers. */
      number?: string;
      applicantId: string;
      form: ApplicationForm;
      services: { utility: Utility; category: ServiceCategory; provider: Provider }[];
      catalog: Catalog;
      submittedAt: string;
    }
  | ({ type: 'SiteClassified'; at: string } & SiteRisk)
  | JointEvent
  | {
      type: 'BreachReviewed';
      track: Track;
      stage: ClockedStage;
      decision: 'uphold' | 'waive';
      reason: string;
      by: string;
      at: string;
      waivedUnits: number[];
      waivedFen: number;
      /** An interruption's waiver: the ledger entries (account, booking unit) it reverses. */
      waivedEntries?: { accountNo: string; unit: number }[];
    };

/** What every event carries besides its own fields. */
export interface EventEnvelope {
  applicationId: string;
  applicantId: string;
}

/** Connection events carry the time they happened, like every other event. */
export type TimedConnectionEvent = (
  ConnectionEvent | { type: 'ProcessFailed'; code: string; message: string; utilities: Utility[] }
) & { track: Utility; at: string; by?: string };

/** Published catalogs live in the `catalog` stream. */
export type CatalogEvent =
  | { type: 'CatalogPublished'; catalog: Catalog }
  | { type: 'CalendarYearPublished'; calendarYear: CalendarYear; publishedAt: string; by: string }
  | { type: 'RiskZonesPublished'; version: number; register: RiskZoneRegister; publishedAt: string; by: string };

export type LianbaoEvent =
  | ((StageEvent | ApplicationEvent | TimedConnectionEvent | InterruptionEvent) & EventEnvelope)
  | CatalogEvent
  | ServiceRecordEvent
  | TariffNoticeEvent
  | (ComplaintEvent & EventEnvelope)
  | (ConsultationEvent & EventEnvelope)
  | (RatingEvent & EventEnvelope)
  | NetworkEvent;
export type LianbaoEventType = LianbaoEvent['type'];
