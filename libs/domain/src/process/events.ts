import type { Limit } from '../calendar/deadline';
import type { CalendarYear } from '../calendar/working-calendar';
import type { ClockedStage, Agency, Catalog, Provider } from '../catalog/catalog';
import type { ApplicationForm } from '../form/application-form';
import type { ServiceCategory, Utility } from '../form/utilities';
import type { ConnectionEvent } from './utility-connection';

/** Who a stage waits on: the one window, a provider, or a road agency. */
export type Party = { kind: 'window' } | { kind: 'provider'; id: string } | { kind: 'agency'; id: Agency };

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
    }
  | { type: 'StagePaused'; track: Track; stage: ClockedStage; at: string; reason: string }
  | {
      type: 'StageResumed';
      track: Track;
      stage: ClockedStage;
      at: string;
      pausedMs: number;
      dueAt: string;
      warnAt: string;
    }
  | { type: 'SlaWarningIssued'; track: Track; stage: ClockedStage; party: Party; at: string; dueAt: string }
  | { type: 'SlaBreached'; track: Track; stage: ClockedStage; party: Party; dueAt: string; at: string }
  | {
      type: 'CompensationAccrued';
      track: Utility;
      stage: ClockedStage;
      unit: number;
      amountFen: number;
      at: string;
      providerId: string;
    }
  | { type: 'StageCompleted'; track: Track; stage: ClockedStage; at: string; late: boolean }
  | { type: 'StageCancelled'; track: Track; stage: ClockedStage; at: string };

export type ApplicationEvent =
  | {
      type: 'ApplicationSubmitted';
      applicantId: string;
      form: ApplicationForm;
      services: { utility: Utility; category: ServiceCategory; provider: Provider }[];
      catalog: Catalog;
      submittedAt: string;
    }
  | { type: 'SupplementRequested'; items: string[]; message: string; at: string; by: string }
  | { type: 'SupplementProvided'; note: string; at: string }
  | { type: 'ApplicationAccepted'; at: string; by: string }
  | { type: 'ApplicationRejected'; reason: string; at: string; by: string }
  | { type: 'JointSurveyScheduled'; appointmentAt: string; at: string; by: string }
  | { type: 'JointSurveyMissed'; note: string; at: string; by: string }
  | { type: 'ServicesDispatched'; utilities: Utility[]; at: string }
  | { type: 'ApplicationCompleted'; at: string }
  | { type: 'ApplicationWithdrawn'; reason: string; at: string }
  | { type: 'ServiceRated'; score: number; comment?: string; at: string }
  | { type: 'RatingClosed'; at: string }
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
    };

/** What every event carries besides its own fields. */
export interface EventEnvelope {
  applicationId: string;
  applicantId: string;
}

/** Connection events carry the time they happened, like every other event. */
export type TimedConnectionEvent = ConnectionEvent & { track: Utility; at: string; by?: string };

/** Published catalogs live in the `catalog` stream. */
export type CatalogEvent =
  | { type: 'CatalogPublished'; catalog: Catalog }
  | { type: 'CalendarYearPublished'; calendarYear: CalendarYear; publishedAt: string; by: string };

export type LianbaoEvent = ((StageEvent | ApplicationEvent | TimedConnectionEvent) & EventEnvelope) | CatalogEvent;
export type LianbaoEventType = LianbaoEvent['type'];
