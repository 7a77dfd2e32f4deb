import { Column, Entity, PrimaryColumn } from 'typeorm';

const ts = { type: 'timestamptz', nullable: true } as const;

/** One message of a consultation's thread: the question, a routing, or an answer. */
export interface ThreadEntry {
  kind: 'question' | 'routed' | 'answer';
  at: string;
  /** Who wrote it: the asker, the window, or a provider (with its utility). */
  party: 'asker' | 'window' | 'provider';
  providerId?: string;
  utility?: string;
  text: string;
  /** For a routing: when the provider's answer is due. */
  dueAt?: string;
}

/** A provider's part: routed by the window, answered (or not yet) by the provider. */
export interface PartEntry {
  utility: string;
  providerId: string;
  routedAt: string;
  dueAt: string;
  answeredAt: string | null;
}

/** A consultation as the asker, the window and the providers asked read it. */
@Entity({ name: 'consultations' })
export class ConsultationRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'asker_id', type: 'text' }) askerId!: string;
  @Column({ type: 'jsonb' }) utilities!: string[];
  @Column({ type: 'text' }) question!: string;
  @Column({ type: 'jsonb', nullable: true }) site!: { address: string; district: string } | null;
  @Column({ name: 'company_name', type: 'text', nullable: true }) companyName!: string | null;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'asked_at', type: 'timestamptz' }) askedAt!: Date;
  @Column({ name: 'reply_due_at', type: 'timestamptz' }) replyDueAt!: Date;
  @Column({ name: 'replied_at', ...ts }) repliedAt!: Date | null;
  @Column({ type: 'jsonb' }) thread!: ThreadEntry[];
  @Column({ type: 'jsonb' }) parts!: PartEntry[];
  /** Provider ids with a part routed to them (for a provider's list). */
  @Column({ name: 'provider_ids', type: 'text', array: true }) providerIds!: string[];
  /** Breached limits, as stage/track (consultation-reply/joint, consultation-answer/power). */
  @Column({ type: 'jsonb' }) breaches!: string[];
  @Column({ type: 'boolean' }) published!: boolean;
  @Column({ name: 'application_id', type: 'text', nullable: true }) applicationId!: string | null;
  @Column({ name: 'closed_at', ...ts }) closedAt!: Date | null;
}

/** The public FAQ: answers the window published, as rewritten for the public, with their search terms. */
@Entity({ name: 'faq' })
export class FaqRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'text', array: true }) utilities!: string[];
  @Column({ type: 'text' }) question!: string;
  @Column({ type: 'text' }) answer!: string;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ type: 'text', array: true }) terms!: string[];
}
