import type { QualityEvent } from '../quality/quality-figures';
import type { Utility } from '../form/utilities';
import type { ServiceAccount } from './accounts';
import type { CustomerType, SupplyQuantity } from './service-terms';
import type { ReliabilityPlan } from './reliability';

/** What an interruption affects: named accounts, every account at a site, or every account in a zone. */
export type InterruptionArea =
  | { kind: 'accounts'; accountNos: string[] }
  | { kind: 'site'; address: string; district: string }
  | { kind: 'zone'; zoneId: string };

/** An affected account as the interruption recorded it (what its compensation is computed from). */
export interface AffectedAccount {
  accountNo: string;
  customerId: string;
  customerType: CustomerType;
  tariff: ServiceAccount['tariff'];
  energyFenPerKwh: number | null;
  usage: ServiceAccount['usage'];
}

export type LapseKind = 'interruption' | 'insufficient-supply';
/** The clocks of a lapse: notice before a planned one, repair arrival, restoration (or rectification). */
export type LapseStage = 'notice' | 'arrival' | 'restoration';

/** Events of an interruption's stream (`interruption-<id>`); the envelope's applicationId is the interruption id. */
export type InterruptionEvent =
  | {
      type: 'InterruptionReported';
      interruptionId: string;
      reference: string;
      utility: Utility;
      providerId: string;
      kind: LapseKind;
      planned: boolean;
      noticedAt: string | null;
      plannedEndAt: string | null;
      startedAt: string;
      area: InterruptionArea;
      accounts: AffectedAccount[];
      measured: { quantity: SupplyQuantity; value: number } | null;
      cause: string;
      catalogVersion: number;
      reportedAt: string;
      by: string;
      /** What the report said, hashed: the same reference with another body is a conflict. */
      fingerprint?: string;
    }
  | {
      type: 'RepairArrived';
      interruptionId: string;
      at: string;
      /** When the arrival was reported (absent before the what-if needed it: then assume `at`). */
      reportedAt?: string;
      by: string;
    }
  | {
      type: 'SupplyRestored';
      interruptionId: string;
      endedAt: string;
      /** Set when this corrects an end reported before. */
      previousEndedAt: string | null;
      at: string;
      by: string;
    }
  | {
      /**
       * One booking for one account: the first payment, or the difference a correction makes (a
       * top-up, or a reversal with a negative amount). `unit` numbers an account's bookings per stage.
       */
      type: 'LapseCompensationBooked';
      interruptionId: string;
      utility: Utility;
      providerId: string;
      stage: 'restoration' | 'notice';
      accountNo: string;
      customerId: string;
      unit: number;
      booking: 'payment' | 'top-up' | 'reversal';
      /** Minutes without (sufficient) supply the entitlement counts; 0 for notice. */
      minutes: number;
      owedFen: number;
      amountFen: number;
      at: string;
    }
  | { type: 'InterruptionClosed'; interruptionId: string; at: string };

/** Events outside any application or interruption: accounts, plans, quality figures, published reports. */
export type ServiceRecordEvent =
  | { type: 'AccountOpened'; account: ServiceAccount }
  | QualityEvent
  | {
      type: 'ReliabilityPlanSet';
      providerId: string;
      utility: Utility;
      year: number;
      plan: ReliabilityPlan;
      by: string;
      at: string;
    }
  | {
      type: 'ReliabilityAssessed';
      providerId: string;
      utility: Utility;
      year: number;
      actual: { saidiMinutes: number; saifi: number; onTimeRestorationPct: number; customersServed: number };
      missed: ('saidi' | 'saifi' | 'on-time-restoration')[];
      penaltyFen: number;
      at: string;
    }
  | {
      type: 'MonthlyReportPublished';
      reportId: string;
      month: string;
      /** The Schedule's nominal time (the first working day), or the admin's correction time. */
      producedFor: string;
      producedAt: string;
      corrects: string | null;
      reason: string;
      json: string;
      csv: string;
    };

export const SERVICE_RECORD_TYPES = new Set<string>([
  'AccountOpened',
  'ReliabilityPlanSet',
  'ReliabilityAssessed',
  'MonthlyReportPublished',
  'QualityFiguresSubmitted',
]);
