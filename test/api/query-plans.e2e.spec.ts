import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { signDevToken } from '../../apps/api/src/auth/tokens';
import { startApi, testConfig, TEST_JWT_SECRET, type RunningApi } from '../support/apps';
import { createMigratedDatabase } from '../support/postgres';
import { devServerAddress } from '../support/temporal';
import { principals } from '../support/api';
import { sampleApplication, SAMPLE_SERVICES } from '../../seeds/sample-application';

/**
 * The read path at district scale: 100 000 applications (with their services, stages, breaches,
 * ledger rows, notifications and 500 000 events), analysed; every row-returning query the API
 * sends for the work lists, the oversight lists and one application is captured as sent and
 * EXPLAINed with its own parameters. None may scan a large table whole.
 */
const APPLICATIONS = 100_000;
const LARGE = new Set([
  'applications',
  'application_services',
  'application_stages',
  'breaches',
  'compensation_ledger',
  'notifications',
  'events',
]);

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };
const seqScans = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' && node['Relation Name'] && LARGE.has(node['Relation Name'])
    ? [node['Relation Name']]
    : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

describe(`query plans at ${APPLICATIONS.toLocaleString('en')} applications (real Postgres, EXPLAIN)`, () => {
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let api: RunningApi;
  const captured: { sql: string; params: unknown[] }[] = [];
  /** Every statement the API sent, SELECT or not (transactions included). */
  let statements = 0;
  const original = PostgresQueryRunner.prototype.query;

  const idOf = async (i: number): Promise<string> =>
    (
      await db.dataSource.query(
        `SELECT overlay(overlay(md5('app-' || $1::int) placing '4' from 13) placing '8' from 17)::uuid::text AS id`,
        [i],
      )
    )[0].id;

  beforeAll(async () => {
    db = await createMigratedDatabase();
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    // Providers and applicants as a district has them: four providers, 5 000 firms.
    await q(
      `
      INSERT INTO applications (id, applicant_id, company_name, status, utilities, catalog_version, form, submitted_at, updated_at)
      SELECT overlay(overlay(md5('app-' || i) placing '4' from 13) placing '8' from 17)::uuid::text, 'firm-' || (i % 5000), 'Firm ' || i,
             (ARRAY['completed','completed','completed','completed','in-progress','submitted','rejected','withdrawn'])[1 + i % 8],
             '["power","water"]'::jsonb, 1, $1::jsonb,
             now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
        FROM generate_series(1, ${APPLICATIONS}) i`,
      [JSON.stringify(sampleApplication({ power: SAMPLE_SERVICES.power, water: SAMPLE_SERVICES.water }))],
    );
    await q(`
      INSERT INTO application_services (application_id, utility, provider_id, category, phase, updated_at)
      SELECT overlay(overlay(md5('app-' || i) placing '4' from 13) placing '8' from 17)::uuid::text, u.utility, u.provider, 'default', 'survey', now()
        FROM generate_series(1, ${APPLICATIONS}) i,
             (VALUES ('power', 'state-grid-jiading'), ('water', 'jiading-water')) u(utility, provider)`);
    // Stages: most long done; one application in twenty still has open work.
    await q(`
      INSERT INTO application_stages (application_id, track, stage, party_kind, party_id, status, sla_state, "limit",
                                      started_at, due_at, warn_at, paused_ms, pauses, beyond_known_calendar)
      SELECT overlay(overlay(md5('app-' || i) placing '4' from 13) placing '8' from 17)::uuid::text, s.track, s.stage, s.kind, s.party,
             CASE WHEN i % 20 = 0 THEN 'open' ELSE 'done' END, 'on_track', '{"amount":1,"unit":"workingDays"}',
             now() - (i || ' minutes')::interval, now() + ((i % 5000) || ' minutes')::interval, now(), 0, '[]', false
        FROM generate_series(1, ${APPLICATIONS}) i,
             (VALUES ('joint', 'acceptance', 'window', NULL), ('power', 'survey', 'provider', 'state-grid-jiading'),
                     ('water', 'survey', 'provider', 'jiading-water'), ('power', 'total', 'provider', 'state-grid-jiading'),
                     ('power', 'road-permit', 'agency', 'road-authority')) s(track, stage, kind, party)`);
    await q(`
      INSERT INTO breaches (application_id, track, stage, party_kind, party_id, due_at, breached_at, compensable, accrued_fen, review_status)
      SELECT overlay(overlay(md5('app-' || i) placing '4' from 13) placing '8' from 17)::uuid::text, 'power', 'survey', 'provider', 'state-grid-jiading', now() - (i || ' minutes')::interval,
             now() - (i || ' minutes')::interval, true, 15000, CASE WHEN i % 30 = 0 THEN 'open' ELSE 'upheld' END
        FROM generate_series(1, ${APPLICATIONS}, 10) i`);
    await q(`
      INSERT INTO compensation_ledger (application_id, track, stage, unit, applicant_id, provider_id, amount_fen, accrued_at, status)
      SELECT overlay(overlay(md5('app-' || i) placing '4' from 13) placing '8' from 17)::uuid::text, 'power', 'survey', u, 'firm-' || (i % 5000), 'state-grid-jiading', 5000,
             now() - (i || ' minutes')::interval, 'accrued'
        FROM generate_series(1, ${APPLICATIONS}, 10) i, generate_series(0, 2) u`);
    await q(`
      INSERT INTO notifications (id, recipient_kind, recipient_id, application_id, kind, message, message_zh, created_at)
      SELECT 'n-' || i || '-' || k.kind, k.kind, CASE k.kind WHEN 'applicant' THEN 'firm-' || (i % 5000) WHEN 'provider' THEN 'state-grid-jiading' END,
             overlay(overlay(md5('app-' || i) placing '4' from 13) placing '8' from 17)::uuid::text, 'submitted', 'Submitted', '已提交', now() - (i || ' minutes')::interval
        FROM generate_series(1, ${APPLICATIONS}) i, (VALUES ('applicant'), ('window'), ('provider')) k(kind)`);
    await q(`
      INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
      SELECT 'application-app-' || i || CASE WHEN v > 3 THEN '-power' ELSE '' END, CASE WHEN v > 3 THEN v - 3 ELSE v END,
             md5(i || ':' || v)::uuid, 'SupplementProvided', jsonb_build_object('applicationId', overlay(overlay(md5('app-' || i) placing '4' from 13) placing '8' from 17)::uuid::text), '{}'
        FROM generate_series(1, ${APPLICATIONS}) i, generate_series(1, 5) v`);
    await q('ANALYZE');

    api = await startApi(testConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: devServerAddress() }));
    PostgresQueryRunner.prototype.query = function (
      this: PostgresQueryRunner,
      sql: string,
      params?: unknown[],
      ...rest: unknown[]
    ) {
      statements++;
      if (/^\s*SELECT/i.test(sql)) captured.push({ sql, params: params ?? [] });
      return (original as (...args: unknown[]) => Promise<unknown>).call(this, sql, params, ...rest);
    } as typeof original;
  }, 300_000);

  afterAll(async () => {
    PostgresQueryRunner.prototype.query = original;
    await api?.close();
    await db?.drop();
  });

  it('serves every list and every read of one application from indexes, never a whole-table scan', async () => {
    const token = async (p: keyof typeof principals, sub?: string) =>
      signDevToken(TEST_JWT_SECRET, sub ? { ...principals[p], sub } : principals[p]);
    const [one, other] = [await idOf(4200), await idOf(4201)];
    const reads: [keyof typeof principals, string, string?][] = [
      ['window', '/v1/applications'],
      ['window', '/v1/applications?status=in-progress&page=40'],
      ['window', '/v1/applications?utility=water'],
      ['applicant', '/v1/applications', 'firm-42'],
      ['window', `/v1/applications/${one}`],
      ['power', `/v1/applications/${one}`],
      ['applicant', `/v1/applications/${one}/events`, 'firm-4200'],
      ['window', `/v1/applications/${one}/events`],
      ['window', '/v1/tasks'],
      ['power', '/v1/tasks?page=3'],
      ['road', '/v1/tasks'],
      ['admin', '/v1/breaches'],
      ['admin', '/v1/breaches?reviewStatus=open&partyKind=provider'],
      ['admin', `/v1/breaches?applicationId=${other}`],
      ['admin', '/v1/compensations'],
      ['admin', `/v1/compensations?applicationId=${other}`],
      ['applicant', '/v1/notifications', 'firm-42'],
      ['power', '/v1/notifications'],
    ];
    const sentBy = new Map<number, string>();
    for (const [who, route, sub] of reads) {
      const from = captured.length;
      const reply = await fetch(`${api.url}${route}`, {
        headers: { authorization: `Bearer ${await token(who, sub)}` },
      });
      expect([route, reply.status]).toEqual([route, 200]);
      for (let i = from; i < captured.length; i++) sentBy.set(i, `${who} ${route}`);
    }

    const findings: string[] = [];
    const explainedFor = new Set<string>();
    for (const [i, { sql, params }] of captured.entries()) {
      if (!/\bFROM\b/i.test(sql) || ![...LARGE].some((t) => new RegExp(`"?${t}"?`).test(sql))) continue;
      // A page's total counts every matching row by design; the rows themselves must come by index.
      if (/^\s*SELECT\s+COUNT\(/i.test(sql)) continue;
      const [
        {
          'QUERY PLAN': [plan],
        },
      ] = await db.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      explainedFor.add(sentBy.get(i)!);
      const scans = seqScans(plan.Plan);
      const shown = sql.replace(/\s+/g, ' ');
      if (scans.length)
        findings.push(
          `${scans.join(', ')} scanned whole for ${sentBy.get(i)}: …${shown.slice(shown.search(/ FROM /i), 500)}`,
        );
    }
    // Every read was looked at (a page's rows, one application's parts, a timeline).
    expect(reads.map(([who, route]) => `${who} ${route}`).filter((r) => !explainedFor.has(r))).toEqual([]);
    expect(findings).toEqual([]);
  }, 300_000);

  it('reads one application in one statement, scoped to the caller in SQL (someone else’s is a 404 in one statement too)', async () => {
    const one = await idOf(4200);
    const cases: [keyof typeof principals, string | undefined, number][] = [
      ['window', undefined, 200],
      ['power', undefined, 200],
      ['applicant', 'firm-4200', 200],
      ['applicant', 'firm-1', 404],
      ['gas', undefined, 404],
    ];
    const sent: string[] = [];
    for (const [who, sub] of cases) {
      const token = await signDevToken(TEST_JWT_SECRET, sub ? { ...principals[who], sub } : principals[who]);
      const before = statements;
      const reply = await fetch(`${api.url}/v1/applications/${one}`, { headers: { authorization: `Bearer ${token}` } });
      sent.push(`${who}${sub ? ` ${sub}` : ''}: ${reply.status}, ${statements - before} statement(s)`);
    }
    expect(sent).toEqual(cases.map(([who, sub, status]) => `${who}${sub ? ` ${sub}` : ''}: ${status}, 1 statement(s)`));
  });
});
