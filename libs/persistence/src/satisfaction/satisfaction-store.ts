import type { DataSource } from 'typeorm';
import type { Rating } from '../../../domain/src/satisfaction/satisfaction';

/**
 * The ratings given in a period (by when they were given), each with the services of the
 * application it rates: read from the event store's `ServiceRated` events, so a rating counts
 * whether or not a read model was rebuilt since. Without a period, every rating.
 */
export async function ratingsGiven(dataSource: DataSource, period?: { from: Date; to: Date }): Promise<Rating[]> {
  const rows: { score: number; services: Rating['services'] }[] = await dataSource.query(
    `SELECT (e.data->>'score')::int AS score,
            COALESCE(json_agg(json_build_object('utility', s.utility, 'providerId', s.provider_id)
                     ORDER BY s.utility) FILTER (WHERE s.utility IS NOT NULL), '[]') AS services
       FROM events e
       LEFT JOIN application_services s ON s.application_id = substr(e.stream_id, length('application-') + 1)
      WHERE e.type = 'ServiceRated'
        ${period ? `AND (e.data->>'at')::timestamptz >= $1 AND (e.data->>'at')::timestamptz < $2` : ''}
      GROUP BY e.global_position`,
    period ? [period.from, period.to] : [],
  );
  return rows;
}
