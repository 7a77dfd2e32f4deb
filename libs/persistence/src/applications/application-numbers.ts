import type { DataSource } from 'typeorm';
import { shanghaiDate } from '../../../domain/src/calendar/local-date';
import { formatApplicationNumber } from '../../../domain/src/process/application-number';

/**
 * The application's number (JD-2026-000123), given once per application id: asked again — a
 * retried append — it answers the same, so the event it goes into has the same content every
 * time (as the store's deduplication needs). The counter restarts each year (Asia/Shanghai);
 * two applications racing for a number each get their own; a number lost in a race stays unused.
 */
export async function applicationNumber(
  dataSource: DataSource,
  applicationId: string,
  submittedAt: string,
  prefix: string,
): Promise<string> {
  const given = async (): Promise<string | undefined> =>
    (await dataSource.query(`SELECT number FROM application_numbers WHERE application_id = $1`, [applicationId]))[0]
      ?.number;
  const known = await given();
  if (known) return known;
  const year = Number(shanghaiDate(new Date(submittedAt)).slice(0, 4));
  await dataSource.query(
    `WITH next AS (
       INSERT INTO application_number_counters AS c (year, last) VALUES ($2, 1)
       ON CONFLICT (year) DO UPDATE SET last = c.last + 1 RETURNING last)
     INSERT INTO application_numbers (application_id, number)
       SELECT $1, $3 || '-' || $2 || '-' || lpad(next.last::text, 6, '0') FROM next
     ON CONFLICT (application_id) DO NOTHING`,
    [applicationId, year, prefix],
  );
  return (await given())!;
}

export { formatApplicationNumber };
