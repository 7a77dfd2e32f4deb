import type { DataSource } from 'typeorm';
import type { Rating } from '../../../domain/src/satisfaction/satisfaction';

/**
 * The ratings given in a period (by when they were given), each with the services it counts for:
 * read from the event store's `ServiceRated` (a connection) and `Rated` (a complaint, an
 * interruption) events, so a rating counts
 * whether or not a read model was rebuilt since. Without a period, every rating.
 */
export async function ratingsGiven(dataSource: DataSource, period?: { from: Date; to: Date }): Promise<Rating[]> {
  const within = period ? `AND (e.data->>'at')::timestamptz >= $1 AND (e.data->>'at')::timestamptz < $2` : '';
  const rows: Rating[] = await dataSource.query(
    `SELECT (e.data->>'score')::int AS score, 'application' AS source,
            COALESCE(json_agg(json_build_object('utility', s.utility, 'providerId', s.provider_id)
                     ORDER BY s.utility) FILTER (WHERE s.utility IS NOT NULL), '[]') AS services
       FROM events e
       LEFT JOIN application_services s ON s.application_id = substr(e.stream_id, length('application-') + 1)
      WHERE e.type = 'ServiceRated' ${within}
      GROUP BY e.global_position
     UNION ALL
     -- A complaint's or an interruption's rating carries what it counts for.
     SELECT (e.data->>'score')::int, e.data->'subject'->>'kind', (e.data->'services')::json
       FROM events e
      WHERE e.type = 'Rated' ${within}`,
    period ? [period.from, period.to] : [],
  );
  return rows;
}
