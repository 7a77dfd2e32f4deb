import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Lianbao's Prometheus series. Each process (API, worker) has one registry, exposed at /metrics:
 * the API's on its own port, the worker's on WORKER_METRICS_PORT. Business gauges are read from
 * the read models when scraped; counters count what this process recorded.
 */
export function createMetrics(service: 'api' | 'worker') {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'lianbao_' });
  return {
    registry,
    appendSeconds: new Histogram({
      name: 'lianbao_event_append_seconds',
      help: 'Time to append a batch of events and project them, in one transaction.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    appendErrors: new Counter({
      name: 'lianbao_event_append_errors_total',
      help: 'Appends that failed, by error kind (projection errors, conflicts, outages).',
      labelNames: ['kind'],
      registers: [registry],
    }),
    breaches: new Counter({
      name: 'lianbao_sla_breaches_total',
      help: 'Deadlines missed (SlaBreached recorded), by party kind.',
      labelNames: ['party'],
      registers: [registry],
    }),
    compensationFen: new Counter({
      name: 'lianbao_compensation_accrued_fen_total',
      help: 'Compensation accrued, in fen, by utility.',
      labelNames: ['utility'],
      registers: [registry],
    }),
    openStages: new Gauge({
      name: 'lianbao_open_stages',
      help: 'Open or paused stages, by party kind and SLA state (read from the read models when scraped).',
      labelNames: ['party', 'sla_state'],
      registers: [registry],
    }),
    eventStoreProblems: new Gauge({
      name: 'lianbao_event_store_problem_streams',
      help: 'Streams whose last append failed (see the runbook).',
      registers: [registry],
    }),
    requests: new Histogram({
      name: 'lianbao_http_request_seconds',
      help: 'HTTP requests by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.3, 1, 3, 10],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Refreshes the gauges read from the read models (on each scrape). */
export async function refreshBusinessGauges(
  metrics: Metrics,
  query: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<void> {
  const rows = await query(
    `SELECT party_kind, sla_state, count(*)::int AS n FROM application_stages
      WHERE status IN ('open', 'paused') AND stage <> 'total' GROUP BY party_kind, sla_state`,
  );
  metrics.openStages.reset();
  for (const r of rows)
    metrics.openStages.set({ party: String(r.party_kind), sla_state: String(r.sla_state) }, Number(r.n));
  const [problems] = await query(`SELECT count(*)::int AS n FROM event_store_problems`);
  metrics.eventStoreProblems.set(Number(problems?.n ?? 0));
}
