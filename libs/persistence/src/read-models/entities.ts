import { Column, Entity, PrimaryColumn } from 'typeorm';

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
  @Column({ type: 'jsonb', nullable: true }) supplement!: { items: string[]; message: string } | null;
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
];
