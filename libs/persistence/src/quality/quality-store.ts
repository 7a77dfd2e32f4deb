import type { DataSource } from 'typeorm';
import type { Utility } from '../../../domain/src/form/utilities';
import type { QualityFigures } from '../../../domain/src/quality/quality-figures';
import { appendToStream, readStream, WrongExpectedVersionError } from '../event-store/event-store';
import { deterministicEventId } from '../event-store/event-id';
import { project } from '../read-models/projector';

/** One provider's month: its submissions, and the breach if it was missing when the report was made. */
const stream = (providerId: string, month: string) => `quality-${providerId}-${month}`;

async function append(dataSource: DataSource, streamId: string, type: string, data: Record<string, unknown>) {
  for (;;) {
    const events = await readStream(dataSource, streamId);
    try {
      await appendToStream(
        dataSource,
        streamId,
        events.length,
        [{ eventId: deterministicEventId(streamId, events.length + 1), type, data, metadata: {} }],
        project,
      );
      return events.length + 1;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error; // another write came first: append after it
    }
  }
}

/** A provider's figures for a month; a later submission replaces an earlier one (each is kept). */
export async function submitQualityFigures(
  dataSource: DataSource,
  input: { providerId: string; utility: Utility; month: string; figures: QualityFigures; by: string; at: string },
): Promise<{ version: number }> {
  return { version: await append(dataSource, stream(input.providerId, input.month), 'QualityFiguresSubmitted', input) };
}

export interface SubmittedFigures {
  providerId: string;
  utility: Utility;
  month: string;
  figures: QualityFigures;
  at: string;
}

/** The figures in force (each provider's latest submission) for the months from–to, inclusive. */
export async function submittedFigures(dataSource: DataSource, from: string, to: string): Promise<SubmittedFigures[]> {
  return dataSource.query(
    `SELECT DISTINCT ON (data->>'providerId', data->>'month')
            data->>'providerId' AS "providerId", data->>'utility' AS utility, data->>'month' AS month,
            data->'figures' AS figures, data->>'at' AS at
       FROM events
      WHERE type = 'QualityFiguresSubmitted' AND data->>'month' >= $1 AND data->>'month' <= $2
      ORDER BY data->>'providerId', data->>'month', global_position DESC`,
    [from, to],
  );
}

/**
 * When the month's report is produced: every provider that has not submitted the month's figures
 * has missed the publication limit — one breach each, of the provider's, however often it runs.
 */
export async function recordMissingQualityFigures(
  dataSource: DataSource,
  month: string,
  providers: { id: string; utility: Utility }[],
  dueAt: string,
): Promise<string[]> {
  const missing: string[] = [];
  for (const p of providers) {
    const streamId = stream(p.id, month);
    const events = await readStream(dataSource, streamId);
    if (events.some((e) => e.type === 'QualityFiguresSubmitted' || e.type === 'SlaBreached')) continue;
    await append(dataSource, streamId, 'SlaBreached', {
      applicationId: streamId,
      applicantId: '',
      track: p.utility,
      stage: 'quality-figures',
      party: { kind: 'provider', id: p.id },
      dueAt,
      at: dueAt,
    });
    missing.push(p.id);
  }
  return missing;
}

export type QualityStatus = 'submitted' | 'due' | 'missed';

const monthsBack = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The report's quality section: each provider's month, and its figures over the twelve months to it. */
export async function qualitySection(
  dataSource: DataSource,
  month: string,
  providers: { id: string; utility: Utility }[],
) {
  const from = monthsBack(month, 11);
  const all = await submittedFigures(dataSource, from, month);
  const breached: { id: string }[] = await dataSource.query(
    `SELECT DISTINCT data->'party'->>'id' AS id FROM events
      WHERE stream_id = ANY($1::text[]) AND type = 'SlaBreached'`,
    [providers.map((p) => stream(p.id, month))],
  );
  return providers.map((p) => {
    const mine = all.filter((f) => f.providerId === p.id).sort((a, b) => a.month.localeCompare(b.month));
    const now = mine.find((f) => f.month === month);
    const metrics = [...new Set(mine.flatMap((f) => Object.keys(f.figures)))].sort();
    return {
      providerId: p.id,
      utility: p.utility,
      submitted: Boolean(now),
      /**
       * submitted; missed (absent when the month's report was made, a breach); or still due — a
       * month's figures are due by its report, on the first working day of the next month.
       */
      status: (now ? 'submitted' : breached.some((b) => b.id === p.id) ? 'missed' : 'due') as QualityStatus,
      figures: now?.figures ?? null,
      /** Each metric over the twelve months to this one (months without a submission are left out). */
      trend: Object.fromEntries(
        metrics.map((metric) => [metric, mine.map((f) => ({ month: f.month, value: f.figures[metric] ?? null }))]),
      ),
    };
  });
}
