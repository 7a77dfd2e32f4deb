import { Column, Entity, PrimaryColumn } from 'typeorm';

const ts = { type: 'timestamptz', nullable: true } as const;

/**
 * Ratings of complaints and interruptions, and every poor rating's follow-up (a connection's
 * rating lives on its application; its follow-up is here too). The rater's comment stays here.
 */
@Entity({ name: 'ratings' })
export class RatingRow {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'subject_kind', type: 'text' }) subjectKind!: string;
  @Column({ name: 'subject_id', type: 'text' }) subjectId!: string;
  @Column({ name: 'rater_id', type: 'text' }) raterId!: string;
  @Column({ type: 'integer' }) score!: number;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ type: 'jsonb' }) services!: { utility: string; providerId: string }[];
  @Column({ name: 'rated_at', type: 'timestamptz' }) ratedAt!: Date;
  /** The follow-up (1–2 only): due, recorded with its outcome, or given up; late once breached. */
  @Column({ name: 'follow_up_due_at', ...ts }) followUpDueAt!: Date | null;
  @Column({ name: 'follow_up_outcome', type: 'text', nullable: true }) followUpOutcome!: string | null;
  @Column({ name: 'follow_up_note', type: 'text', nullable: true }) followUpNote!: string | null;
  @Column({ name: 'follow_up_at', ...ts }) followUpAt!: Date | null;
  @Column({ name: 'follow_up_by', type: 'text', nullable: true }) followUpBy!: string | null;
  @Column({ name: 'follow_up_late', type: 'boolean' }) followUpLate!: boolean;
  @Column({ name: 'follow_up_abandoned', type: 'boolean' }) followUpAbandoned!: boolean;
}
