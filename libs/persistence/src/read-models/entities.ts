import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TariffNoticeRow } from '../tariffs/tariff-notice.entity';
import { ComplaintRow } from '../complaints/complaint.entity';
import { ConsultationRow, FaqRow } from '../consultations/consultation.entity';
import { RatingRow } from '../satisfaction/rating.entity';
import { NetworkSegmentRow, NetworkSegmentVersionRow, NetworkVersionRow } from '../networks/network.entities';

/**
 * Read models: every row here is derived from the event store by the projections in
 * ./projections.ts and can be rebuilt from it (npm run projections:rebuild). Timestamps are the
 * events' own times, never now(), so a rebuild reproduces the live rows exactly.
 */
const ts = { type: 'timestamptz' as const, nullable: true };
const bigintNumber = { from: (v: string | null) => (v === null ? null : Number(v)), to: (v: number | null) => v };

@Entity({ name: 'applications' })
export class ApplicationRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  /** The number people read out (JD-2026-000123); null for applications from before numbers. */
  @Column({ type: 'text', nullable: true }) number!: string | null;
  @Column({ name: 'applicant_id', type: 'text' }) applicantId!: string;
  @Column({ name: 'company_name', type: 'text' }) companyName!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'jsonb' }) utilities!: string[];
  @Column({ name: 'catalog_version', type: 'integer' }) catalogVersion!: number;
  @Column({ type: 'jsonb' }) form!: Record<string, unknown>;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'survey_appointment_at', ...ts }) surveyAppointmentAt!: Date | null;
  @Column({ name: 'decided_at', ...ts }) decidedAt!: Date | null;
  @Column({ name: 'completed_at', ...ts }) completedAt!: Date | null;
  @Column({ name: 'reject_reason', type: 'text', nullable: true }) rejectReason!: string | null;
  @Column({ type: 'jsonb', nullable: true }) supplement!: {
    items: string[];
    message: string;
    documents?: string[];
  } | null;
  @Column({ type: 'integer', nullable: true }) rating!: number | null;
  @Column({ name: 'rating_comment', type: 'text', nullable: true }) ratingComment!: string | null;
  /** The site's road-works risk: the zone register's answer, or the window's override with its reason. */
  @Column({ name: 'site_risk', type: 'jsonb', nullable: true }) siteRisk!: Record<string, unknown> | null;
  /** Why the process stopped (e.g. a catalog that cannot run it), for the admin's views. */
  @Column({ type: 'jsonb', nullable: true }) failure!: { code: string; message: string; utilities: string[] } | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'application_services' })
export class ServiceRow {
  @PrimaryColumn({ name: 'application_id', type: 'text' }) applicationId!: string;
  @PrimaryColumn({ type: 'text' }) utility!: string;
  @Column({ name: 'provider_id', type: 'text' }) providerId!: string;
  @Column({ type: 'text' }) category!: string;
  @Column({ type: 'text' }) phase!: string;
  @Column({ name: 'permit_status', type: 'text', nullable: true }) permitStatus!: string | null;
  @Column({ name: 'applicant_pays_fen', type: 'bigint', nullable: true, transformer: bigintNumber }) applicantPaysFen!:
    number | null;
  @Column({ name: 'account_id', type: 'text', nullable: true }) accountId!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One row per clocked stage; open rows are the work lists of the window, providers and agencies. */
@Entity({ name: 'application_stages' })
export class StageRow {
  @PrimaryColumn({ name: 'application_id', type: 'text' }) applicationId!: string;
  @PrimaryColumn({ type: 'text' }) track!: string;
  @PrimaryColumn({ type: 'text' }) stage!: string;
  @Column({ name: 'party_kind', type: 'text' }) partyKind!: string;
  @Column({ name: 'party_id', type: 'text', nullable: true }) partyId!: string | null;
  /** open | paused | done | cancelled */
  @Column({ type: 'text' }) status!: string;
  /** on_track | warning | breached */
  @Column({ name: 'sla_state', type: 'text' }) slaState!: string;
  @Column({ type: 'jsonb' }) limit!: { amount: number; unit: string };
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'warn_at', type: 'timestamptz' }) warnAt!: Date;
  @Column({ name: 'paused_ms', type: 'bigint', transformer: bigintNumber }) pausedMs!: number;
  @Column({ name: 'paused_since', ...ts }) pausedSince!: Date | null;
  /** Every reason the clock stood still for, with its own span (`to` null while it holds). */
  @Column({ type: 'jsonb' }) pauses!: { reason: string; from: string; to: string | null }[];
  @Column({ name: 'beyond_known_calendar', type: 'boolean' }) beyondKnownCalendar!: boolean;
  @Column({ name: 'completed_at', ...ts }) completedAt!: Date | null;
  /** Release 0.3: the 75 % warning is the warning sweeper's (no workflow timer). */
  @Column({ name: 'warn_by_sweeper', type: 'boolean', default: false }) warnBySweeper!: boolean;
}

@Entity({ name: 'breaches' })
export class BreachRow {
  @PrimaryColumn({ name: 'application_id', type: 'text' }) applicationId!: string;
  @PrimaryColumn({ type: 'text' }) track!: string;
  @PrimaryColumn({ type: 'text' }) stage!: string;
  @Column({ name: 'party_kind', type: 'text' }) partyKind!: string;
  @Column({ name: 'party_id', type: 'text', nullable: true }) partyId!: string | null;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'breached_at', type: 'timestamptz' }) breachedAt!: Date;
  @Column({ type: 'boolean' }) compensable!: boolean;
  @Column({ name: 'accrued_fen', type: 'bigint', transformer: bigintNumber }) accruedFen!: number;
  /** open | upheld | waived */
  @Column({ name: 'review_status', type: 'text' }) reviewStatus!: string;
}

/** The compensation ledger: one row per (application, track, stage, breach unit) — never twice. */
@Entity({ name: 'compensation_ledger' })
export class CompensationRow {
  @PrimaryColumn({ name: 'application_id', type: 'text' }) applicationId!: string;
  @PrimaryColumn({ type: 'text' }) track!: string;
  @PrimaryColumn({ type: 'text' }) stage!: string;
  @PrimaryColumn({ type: 'integer' }) unit!: number;
  /** The account an interruption's entry pays ('' for a connection's entries). */
  @PrimaryColumn({ name: 'account_no', type: 'text' }) accountNo!: string;
  @Column({ name: 'applicant_id', type: 'text' }) applicantId!: string;
  @Column({ name: 'provider_id', type: 'text' }) providerId!: string;
  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintNumber }) amountFen!: number;
  @Column({ name: 'accrued_at', type: 'timestamptz' }) accruedAt!: Date;
  /** accrued | waived */
  @Column({ type: 'text' }) status!: string;
}

/** The in-app notification outbox, read by the API for applicants, staff, the window and agencies. */
@Entity({ name: 'notifications' })
export class NotificationRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'recipient_kind', type: 'text' }) recipientKind!: string;
  @Column({ name: 'recipient_id', type: 'text', nullable: true }) recipientId!: string | null;
  @Column({ name: 'application_id', type: 'text' }) applicationId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) message!: string;
  @Column({ name: 'message_zh', type: 'text' }) messageZh!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'catalog_versions' })
export class CatalogRow {
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ name: 'effective_from', type: 'timestamptz' }) effectiveFrom!: Date;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ type: 'jsonb' }) document!: Record<string, unknown>;
}

@Entity({ name: 'calendar_years' })
export class CalendarYearRow {
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @Column({ type: 'jsonb' }) holidays!: string[];
  @Column({ type: 'jsonb' }) workdays!: string[];
  @Column({ type: 'text' }) source!: string;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ name: 'published_by', type: 'text' }) publishedBy!: string;
}

/** The low-risk zone register, one row per published version; the highest version is in force. */
@Entity({ name: 'risk_zone_registers' })
export class RiskZoneRegisterRow {
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) zones!: unknown[];
  @Column({ type: 'text' }) source!: string;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ name: 'published_by', type: 'text' }) publishedBy!: string;
}

/** A connected account (户号): opened by a completed connection or imported. */
@Entity({ name: 'service_accounts' })
export class ServiceAccountRow {
  @PrimaryColumn({ name: 'provider_id', type: 'text' }) providerId!: string;
  @PrimaryColumn({ name: 'account_no', type: 'text' }) accountNo!: string;
  @Column({ type: 'text' }) utility!: string;
  @Column({ name: 'customer_id', type: 'text' }) customerId!: string;
  @Column({ name: 'customer_type', type: 'text' }) customerType!: string;
  @Column({ type: 'text' }) address!: string;
  @Column({ type: 'text' }) district!: string;
  @Column({ type: 'double precision', nullable: true }) lat!: number | null;
  @Column({ type: 'double precision', nullable: true }) lng!: number | null;
  @Column({ type: 'text', nullable: true }) tariff!: string | null;
  @Column({ name: 'energy_fen_per_kwh', type: 'double precision', nullable: true }) energyFenPerKwh!: number | null;
  @Column({ type: 'jsonb', nullable: true }) usage!: Record<string, number> | null;
  @Column({ type: 'text' }) contracted!: string;
  @Column({ type: 'text' }) source!: string;
  @Column({ name: 'application_id', type: 'text', nullable: true }) applicationId!: string | null;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
}

/** One row per interruption or insufficient-supply report. */
@Entity({ name: 'interruptions' })
export class InterruptionRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'text' }) reference!: string;
  @Column({ name: 'provider_id', type: 'text' }) providerId!: string;
  @Column({ type: 'text' }) utility!: string;
  /** interruption | insufficient-supply */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'boolean' }) planned!: boolean;
  @Column({ name: 'noticed_at', ...ts }) noticedAt!: Date | null;
  @Column({ name: 'planned_end_at', ...ts }) plannedEndAt!: Date | null;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'ended_at', ...ts }) endedAt!: Date | null;
  @Column({ name: 'arrived_at', ...ts }) arrivedAt!: Date | null;
  @Column({ type: 'jsonb' }) area!: Record<string, unknown>;
  /** How many accounts it affects (the customers interrupted). */
  @Column({ type: 'integer' }) accounts!: number;
  @Column({ type: 'jsonb', nullable: true }) measured!: { quantity: string; value: number } | null;
  @Column({ type: 'text' }) cause!: string;
  /** open | restored | closed */
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'compensation_fen', type: 'bigint', transformer: bigintNumber }) compensationFen!: number;
  @Column({ name: 'catalog_version', type: 'integer' }) catalogVersion!: number;
  @Column({ name: 'reported_at', type: 'timestamptz' }) reportedAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A provider's reliability regulation plan for a year, and its assessment once the year is over. */
@Entity({ name: 'reliability_plans' })
export class ReliabilityPlanRow {
  @PrimaryColumn({ name: 'provider_id', type: 'text' }) providerId!: string;
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @Column({ type: 'text' }) utility!: string;
  @Column({ type: 'jsonb' }) plan!: Record<string, unknown>;
  @Column({ name: 'set_by', type: 'text' }) setBy!: string;
  @Column({ name: 'set_at', type: 'timestamptz' }) setAt!: Date;
  @Column({ type: 'jsonb', nullable: true }) actual!: Record<string, number> | null;
  @Column({ type: 'jsonb', nullable: true }) missed!: string[] | null;
  @Column({ name: 'penalty_fen', type: 'bigint', nullable: true, transformer: bigintNumber }) penaltyFen!:
    number | null;
  @Column({ name: 'assessed_at', ...ts }) assessedAt!: Date | null;
}

/** A published monthly report: its bytes as produced, never changed (a correction is a new report). */
@Entity({ name: 'public_reports' })
export class PublicReportRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'text' }) month!: string;
  @Column({ name: 'produced_for', type: 'timestamptz' }) producedFor!: Date;
  @Column({ name: 'produced_at', type: 'timestamptz' }) producedAt!: Date;
  @Column({ type: 'text', nullable: true }) corrects!: string | null;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'text' }) json!: string;
  @Column({ type: 'text' }) csv!: string;
}

/** A file attached to an application, with the form or a supplement (the file itself: the documents store). */
@Entity({ name: 'application_documents' })
export class ApplicationDocumentRow {
  @PrimaryColumn({ name: 'application_id', type: 'text' }) applicationId!: string;
  @PrimaryColumn({ name: 'document_id', type: 'text' }) documentId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) filename!: string;
  @Column({ name: 'media_type', type: 'text' }) mediaType!: string;
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'text' }) sha256!: string;
  /** With the form, or with a supplement. */
  @Column({ type: 'text' }) via!: string;
  /** Its place in the form's (or the supplement's) list. */
  @Column({ type: 'integer' }) position!: number;
  @Column({ name: 'attached_at', type: 'timestamptz' }) attachedAt!: Date;
}

export { TariffNoticeRow, ComplaintRow, ConsultationRow, FaqRow, RatingRow };
export { NetworkSegmentRow, NetworkSegmentVersionRow, NetworkVersionRow };

export const readModelEntities = [
  ApplicationRow,
  ServiceRow,
  StageRow,
  BreachRow,
  CompensationRow,
  NotificationRow,
  CatalogRow,
  CalendarYearRow,
  RiskZoneRegisterRow,
  ServiceAccountRow,
  InterruptionRow,
  ReliabilityPlanRow,
  PublicReportRow,
  ApplicationDocumentRow,
  TariffNoticeRow,
  ComplaintRow,
  ConsultationRow,
  FaqRow,
  RatingRow,
  NetworkSegmentRow,
  NetworkSegmentVersionRow,
  NetworkVersionRow,
];
