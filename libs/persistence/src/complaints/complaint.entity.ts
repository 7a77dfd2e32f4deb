import { Column, Entity, PrimaryColumn } from 'typeorm';

const ts = { type: 'timestamptz', nullable: true } as const;

/** A complaint as the district handles it. The complainant's words and the reasons stay here, never public. */
@Entity({ name: 'complaints' })
export class ComplaintRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'complainant_id', type: 'text' }) complainantId!: string;
  @Column({ name: 'provider_id', type: 'text' }) providerId!: string;
  @Column({ type: 'text' }) utility!: string;
  @Column({ type: 'text' }) category!: string;
  @Column({ type: 'jsonb' }) link!: Record<string, unknown>;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'filed_at', type: 'timestamptz' }) filedAt!: Date;
  @Column({ name: 'acknowledge_due_at', type: 'timestamptz' }) acknowledgeDueAt!: Date;
  @Column({ name: 'decide_due_at', type: 'timestamptz' }) decideDueAt!: Date;
  @Column({ name: 'acknowledged_at', ...ts }) acknowledgedAt!: Date | null;
  @Column({ name: 'acknowledge_working_days', type: 'integer', nullable: true }) acknowledgeWorkingDays!: number | null;
  @Column({ type: 'text', nullable: true }) question!: string | null;
  @Column({ name: 'response_due_at', ...ts }) responseDueAt!: Date | null;
  @Column({ type: 'text', nullable: true }) response!: string | null;
  @Column({ name: 'responded_at', ...ts }) respondedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Column({ type: 'text', nullable: true }) reasons!: string | null;
  @Column({ name: 'remedy_fen', type: 'integer', nullable: true }) remedyFen!: number | null;
  @Column({ name: 'public_summary', type: 'text', nullable: true }) publicSummary!: string | null;
  @Column({ name: 'decided_at', ...ts }) decidedAt!: Date | null;
  @Column({ name: 'decide_working_days', type: 'integer', nullable: true }) decideWorkingDays!: number | null;
  @Column({ type: 'boolean' }) reopened!: boolean;
  @Column({ name: 'reopen_reason', type: 'text', nullable: true }) reopenReason!: string | null;
  @Column({ name: 'closed_at', ...ts }) closedAt!: Date | null;
  @Column({ name: 'closed_how', type: 'text', nullable: true }) closedHow!: string | null;
  /** The stages whose limit was missed (each escalated to the district's lead). */
  @Column({ type: 'jsonb' }) escalations!: string[];
}
