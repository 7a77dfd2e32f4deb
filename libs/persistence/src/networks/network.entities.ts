import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A provider's segment as it stands (removed ones kept, flagged): the register's working set. */
@Entity({ name: 'network_segments' })
export class NetworkSegmentRow {
  @PrimaryColumn({ name: 'provider_id', type: 'text' }) providerId!: string;
  @PrimaryColumn({ name: 'segment_id', type: 'text' }) segmentId!: string;
  @Column({ type: 'text' }) utility!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) geometry!: Record<string, unknown>;
  @Column({ type: 'jsonb' }) attributes!: Record<string, unknown>;
  /** `(east,north),(west,south)`: Postgres's own box, GiST-indexed. */
  @Column({ type: 'box' }) bbox!: string;
  @Column({ type: 'boolean' }) removed!: boolean;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
}

/** Every version of every segment, valid from one moment until the next: the register as of any date. */
@Entity({ name: 'network_segment_versions' })
export class NetworkSegmentVersionRow {
  @PrimaryColumn({ name: 'provider_id', type: 'text' }) providerId!: string;
  @PrimaryColumn({ name: 'segment_id', type: 'text' }) segmentId!: string;
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) utility!: string;
  @Column({ type: 'jsonb', nullable: true }) geometry!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) attributes!: Record<string, unknown> | null;
  @Column({ type: 'box', nullable: true }) bbox!: string | null;
  @Column({ type: 'boolean' }) removed!: boolean;
  @Column({ name: 'valid_from', type: 'timestamptz' }) validFrom!: Date;
  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true }) validTo!: Date | null;
}

/** One version of a provider's register: who recorded it, when, and what it changed. */
@Entity({ name: 'network_versions' })
export class NetworkVersionRow {
  @PrimaryColumn({ name: 'provider_id', type: 'text' }) providerId!: string;
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) utility!: string;
  @Column({ type: 'text' }) source!: string;
  @Column({ type: 'integer' }) added!: number;
  @Column({ type: 'integer' }) changed!: number;
  @Column({ type: 'integer' }) removed!: number;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
