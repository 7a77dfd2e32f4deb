import { Column, Entity, PrimaryColumn } from 'typeorm';

const ts = { type: 'timestamptz', nullable: true } as const;

/** A tariff-change notice as the public reads it: no account, no holder — only how many were told. */
@Entity({ name: 'tariff_notices' })
export class TariffNoticeRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'text' }) reference!: string;
  @Column({ type: 'text' }) utility!: string;
  @Column({ name: 'provider_id', type: 'text' }) providerId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'title_zh', type: 'text' }) titleZh!: string;
  @Column({ type: 'text' }) summary!: string;
  @Column({ name: 'summary_zh', type: 'text' }) summaryZh!: string;
  /** YYYY-MM-DD, Asia/Shanghai: the first day the new tariff applies. */
  @Column({ name: 'effective_date', type: 'text' }) effectiveDate!: string;
  @Column({ name: 'customer_types', type: 'jsonb' }) customerTypes!: string[];
  @Column({ type: 'jsonb' }) area!: Record<string, unknown>;
  /** upcoming (published, or reminded) → in-force, or withdrawn before. */
  @Column({ type: 'text' }) status!: string;
  /** Accounts and holders told at publication, and at the reminder. */
  @Column({ type: 'integer' }) accounts!: number;
  @Column({ type: 'integer' }) holders!: number;
  @Column({ name: 'reminded_accounts', type: 'integer', nullable: true }) remindedAccounts!: number | null;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ name: 'reminded_at', ...ts }) remindedAt!: Date | null;
  @Column({ name: 'in_force_at', ...ts }) inForceAt!: Date | null;
  @Column({ name: 'published_by', type: 'text' }) publishedBy!: string;
  @Column({ name: 'withdrawn_at', ...ts }) withdrawnAt!: Date | null;
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true }) withdrawalReason!: string | null;
  @Column({ name: 'withdrawal_reason_zh', type: 'text', nullable: true }) withdrawalReasonZh!: string | null;
}
