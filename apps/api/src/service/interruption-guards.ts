import { createHash } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ReliabilityPlanRow } from '../../../../libs/persistence/src';
import { shanghaiDay } from '../../../../libs/domain/src/service/reliability';
import { ApiError } from '../common/api-error';
import type { interruptionReport } from './interruptions.schemas';

type Report = z.output<typeof interruptionReport>;

const instant = (at: string | undefined) => (at ? new Date(at).toISOString() : null);

/**
 * What a report says, hashed: every field after defaults, instants in UTC. The same incident
 * reference sent again with this fingerprint is a retry; with another, a conflict.
 */
export function reportFingerprint(r: Report): string {
  const canonical = [
    r.reference,
    r.utility,
    r.kind,
    r.planned,
    instant(r.noticedAt),
    instant(r.plannedEndAt),
    instant(r.startedAt),
    instant(r.endedAt),
    instant(r.arrivedAt),
    r.area,
    r.measured?.value ?? null,
    r.cause,
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

/**
 * The same reference again: a retry when it says what the first said, a `409` otherwise — like an
 * application's Idempotency-Key. Reports stored before fingerprints are compared field by field
 * on what the stored report keeps.
 */
export async function assertSameReport(db: DataSource, id: string, r: Report, fingerprint: string): Promise<void> {
  const [row] = await db.query(
    `SELECT data FROM events WHERE stream_id = $1 AND type = 'InterruptionReported' ORDER BY stream_version LIMIT 1`,
    [`interruption-${id}`],
  );
  if (!row) return;
  const first = row.data as Record<string, unknown>;
  const same = first.fingerprint
    ? first.fingerprint === fingerprint
    : first.utility === r.utility &&
      first.kind === r.kind &&
      first.planned === r.planned &&
      first.noticedAt === instant(r.noticedAt) &&
      first.plannedEndAt === instant(r.plannedEndAt) &&
      first.startedAt === instant(r.startedAt) &&
      JSON.stringify(first.area) === JSON.stringify(r.area) &&
      ((first.measured as { value: number } | null)?.value ?? null) === (r.measured?.value ?? null) &&
      first.cause === r.cause;
  if (!same)
    throw new ApiError(
      HttpStatus.CONFLICT,
      'conflict',
      `Incident ${r.reference} was reported before with other content: a correction of the end goes to POST /v1/interruptions/${id}/restoration, anything else is a new reference.`,
      [{ path: 'reference', rule: 'reused_with_other_content', message: 'already reported with other content' }],
      `事件编号 ${r.reference} 已以不同内容报告过`,
    );
}

/**
 * An assessed year's figures never change: no interruption that started in a year whose
 * reliability plan the district has assessed may be reported, restored or corrected any more.
 */
export async function assertYearOpen(db: DataSource, providerId: string, startedAt: Date | string, path: string) {
  const year = Number(shanghaiDay(new Date(startedAt)).slice(0, 4));
  const plan = await db.getRepository(ReliabilityPlanRow).findOneBy({ providerId, year });
  if (plan?.assessedAt)
    throw new ApiError(
      HttpStatus.CONFLICT,
      'conflict',
      `${providerId}'s ${year} is assessed (${plan.assessedAt.toISOString()}): its interruptions can no longer be reported or corrected.`,
      [{ path, rule: 'year_assessed', message: `${year} is assessed`, params: { year } }],
      `${year} 年度已考核，其停供记录不能再报告或更正`,
    );
}
