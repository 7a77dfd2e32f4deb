import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ACCOUNT_CSV_COLUMNS } from '../../libs/domain/src/service/accounts';
import { currentCalendar } from '../../libs/persistence/src/catalog/calendar-store';
import { firstWorkingDay } from '../../libs/persistence/src/service/reports-store';
import { ensureMonthlyReportSchedule } from '../../apps/api/src/service/report-schedule';
import { interruptionWorkflowId } from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { readModelTables, rebuildReadModels } from '../../libs/persistence/src';
import { eventually, stackForFile } from '../support/api';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** One CSV line per account, in ACCOUNT_CSV_COLUMNS order. */
function csv(rows: Partial<Record<(typeof ACCOUNT_CSV_COLUMNS)[number], string | number>>[]): string {
  const defaults = {
    utility: 'power',
    provider_id: 'state-grid-jiading',
    customer_type: 'residential',
    address: '1 Bolu Road',
    district: 'Jiading',
    lat: '',
    lng: '',
    tariff: 'single-part',
    energy_fen_per_kwh: '',
    capacity_kw: '',
    load_factor: '',
    recent_kwh: '',
    recent_hours: '',
    contracted: '',
    opened_at: '2024-01-01T00:00:00+08:00',
  };
  const lines = rows.map((r) => {
    const row = { ...defaults, customer_id: `customer-${r.account_no}`, capacity_kw: 8, load_factor: 0.3, ...r };
    if (row.utility !== 'power') Object.assign(row, { tariff: '', capacity_kw: '', load_factor: '', ...r });
    return ACCOUNT_CSV_COLUMNS.map((c) => String((row as Record<string, unknown>)[c] ?? '')).join(',');
  });
  return [ACCOUNT_CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

// Residential power accounts at one site, two businesses (one per tariff), two water accounts.
const ACCOUNTS = csv([
  { account_no: 'R1', lat: 31.38, lng: 121.25 },
  { account_no: 'R2', lat: 31.38, lng: 121.25 },
  { account_no: 'R3', lat: 31.38, lng: 121.25 },
  // Single-part, with a history: 7200 kWh over 720 h = 10 kWh per hour; 0.65 yuan per kWh.
  {
    account_no: 'B1',
    customer_type: 'business',
    address: '9 Yecheng Road',
    energy_fen_per_kwh: 65,
    recent_kwh: 7200,
    recent_hours: 720,
    capacity_kw: '',
    load_factor: '',
  },
  // Two-part, no history: 1000 kW contracted × 0.6 load factor = 600 kWh per hour; 0.60 yuan per kWh.
  {
    account_no: 'B2',
    customer_type: 'business',
    address: '9 Yecheng Road',
    tariff: 'two-part',
    energy_fen_per_kwh: 60,
    capacity_kw: 1000,
    load_factor: 0.6,
  },
  { account_no: 'W1', utility: 'water', provider_id: 'jiading-water' },
  { account_no: 'W2', utility: 'water', provider_id: 'jiading-water' },
]);

describe('after connection: service accounts, interruptions compensated per account, reliability published', () => {
  const env = stackForFile();
  const call = (...args: Parameters<typeof env.stack.call>) => env.stack.call(...args);
  const db = () => env.stack.db.dataSource;
  const events = async (id: string) =>
    (await db().query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [interruptionWorkflowId(id)]))[0]
      .n as number;
  const report = (body: Record<string, unknown>, token = env.tokens.power) =>
    call('POST', '/v1/interruptions', { token, body: { reference: `INC-${randomUUID()}`, utility: 'power', ...body } });
  const settled = (id: string, fenPerAccount: (account: string) => number | undefined) =>
    eventually(async () => {
      const r = await call('GET', `/v1/interruptions/${id}`, { token: env.tokens.admin });
      const byAccount = Object.fromEntries(
        r.body.compensation.map((c: { accountNo: string; stage: string; fen: number }) => [`${c.accountNo}`, c.fen]),
      );
      // Settled: every clock has stopped and every account is booked what it is owed.
      return r.body.clocks.every((c: { status: string }) => c.status !== 'open') &&
        Object.entries(byAccount).length > 0 &&
        Object.entries(byAccount).every(([a, fen]) => fenPerAccount(a) === undefined || fenPerAccount(a) === fen)
        ? r
        : undefined;
    });

  it('imports accounts only when every row is right, listing every problem of every row', async () => {
    const bad = [
      ACCOUNT_CSV_COLUMNS.join(','),
      // utility unknown; a power account without tariff; lat without lng; a duplicate number
      csv([{ account_no: 'X1', utility: 'steam' }]).split('\r\n')[1],
      csv([{ account_no: 'X2', tariff: '' }]).split('\r\n')[1],
      csv([{ account_no: 'X3', lat: 31.3 }]).split('\r\n')[1],
      csv([{ account_no: 'X4' }]).split('\r\n')[1],
      csv([{ account_no: 'X4' }]).split('\r\n')[1],
    ].join('\r\n');
    const refused = await call('POST', '/v1/accounts/import', {
      token: env.tokens.admin,
      rawBody: bad,
      headers: { 'content-type': 'text/csv' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'rows.2.utility',
      'rows.3.tariff',
      'rows.4.lng',
      'rows.6.account_no',
    ]);
    const none = await call('GET', '/v1/accounts', { token: env.tokens.admin });
    expect(none.body.total).toBe(0);

    const imported = await call('POST', '/v1/accounts/import', {
      token: env.tokens.admin,
      rawBody: ACCOUNTS,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ status: 'done', total: 7, imported: 7 });
    // The same file again: every account exists, nothing is imported twice.
    const again = await call('POST', '/v1/accounts/import', {
      token: env.tokens.admin,
      rawBody: ACCOUNTS,
      headers: { 'content-type': 'text/csv' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toHaveLength(7);
    const staffView = await call('GET', '/v1/accounts', { token: env.tokens.water });
    expect(staffView.body.items.map((a: { accountNo: string }) => a.accountNo)).toEqual(['W1', 'W2']);
  });

  let cut: string;

  it('an unplanned 26-hour power cut pays each account the catalog amount, once, however often it is reported', async () => {
    const start = Date.now() - 30 * HOUR;
    const body = {
      reference: `INC-${randomUUID()}`,
      utility: 'power',
      startedAt: iso(start),
      endedAt: iso(start + 26 * HOUR),
      area: { kind: 'accounts', accountNos: ['R1', 'R2', 'R3'] },
      cause: 'cable fault',
    };
    // The same report, twice at once (a monitoring system retrying): one interruption.
    const [first, second] = await Promise.all([
      call('POST', '/v1/interruptions', { token: env.tokens.power, body }),
      call('POST', '/v1/interruptions', { token: env.tokens.power, body }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.id).toBe(second.body.id);
    cut = first.body.id;
    // Residential power, the catalog's fixed schedule: ¥50 after 12 hours, ¥25 for each further
    // full 12 hours. 26 hours = 12 + 12 + 2: ¥50 + ¥25 = ¥75 = 7 500 fen per account.
    const done = await settled(cut, () => 7_500);
    expect(done.body.compensation).toEqual([
      expect.objectContaining({ accountNo: 'R1', stage: 'restoration', fen: 7_500, bookings: 1 }),
      expect.objectContaining({ accountNo: 'R2', stage: 'restoration', fen: 7_500, bookings: 1 }),
      expect.objectContaining({ accountNo: 'R3', stage: 'restoration', fen: 7_500, bookings: 1 }),
    ]);
    expect(done.body.compensationFen).toBe(22_500);
    // No crew reported within 45 minutes, and supply back after the 12-hour limit: two breaches.
    const breaches = await call('GET', `/v1/breaches?applicationId=${cut}`, { token: env.tokens.admin });
    expect(breaches.body.items.map((b: { stage: string }) => b.stage).sort()).toEqual(['arrival', 'restoration']);

    // Replaying the same report does nothing.
    const before = await events(cut);
    const replayed = await call('POST', '/v1/interruptions', { token: env.tokens.power, body });
    expect(replayed.status).toBe(200);
    expect(replayed.body.compensationFen).toBe(22_500);
    expect(await events(cut)).toBe(before);

    // Corrected to 20 hours: ¥50 is owed, so ¥25 is reversed per account — once, though the
    // correction is sent twice at once and once more later.
    const correct = () =>
      call('POST', `/v1/interruptions/${cut}/restoration`, {
        token: env.tokens.power,
        body: { endedAt: iso(start + 20 * HOUR) },
      });
    const corrections = await Promise.all([correct(), correct()]);
    expect(corrections.map((c) => c.status)).toEqual([201, 201]);
    const corrected = await correct();
    expect(corrected.body.compensation).toEqual([
      expect.objectContaining({ accountNo: 'R1', fen: 5_000, bookings: 2 }),
      expect.objectContaining({ accountNo: 'R2', fen: 5_000, bookings: 2 }),
      expect.objectContaining({ accountNo: 'R3', fen: 5_000, bookings: 2 }),
    ]);
    const ledger = await db().query(
      `SELECT account_no, unit, amount_fen::int AS fen FROM compensation_ledger WHERE application_id = $1 ORDER BY account_no, unit`,
      [cut],
    );
    expect(ledger).toEqual(
      ['R1', 'R2', 'R3'].flatMap((a) => [
        { account_no: a, unit: 0, fen: 7_500 },
        { account_no: a, unit: 1, fen: -2_500 },
      ]),
    );
    await recordHistory(
      'interruption-power-corrected',
      env.stack.api.app.get(Client).workflow.getHandle(interruptionWorkflowId(cut)),
    );
  });

  it('the consumption rule: 5 hours out pays a two-part account 4 × and a single-part account 5 × the likely charge', async () => {
    const start = Date.now() - 6 * HOUR;
    const r = await report({
      startedAt: iso(start),
      endedAt: iso(start + 5 * HOUR),
      area: { kind: 'site', address: '9 Yecheng Road', district: 'Jiading' },
    });
    expect(r.status).toBe(201);
    // B1 single-part: 10 kWh/h × 5 h = 50 kWh × 65 fen = 3 250 fen; × 5 = 16 250 fen.
    // B2 two-part: 1000 kW × 0.6 = 600 kWh/h × 5 h = 3 000 kWh × 60 fen = 180 000 fen; × 4 = 720 000 fen.
    const done = await settled(r.body.id, (a) => ({ B1: 16_250, B2: 720_000 })[a]);
    expect(done.body.compensation.map((c: { accountNo: string; fen: number }) => [c.accountNo, c.fen])).toEqual([
      ['B1', 16_250],
      ['B2', 720_000],
    ]);
  });

  it('a planned interruption announced 3 days ahead pays the notice amount; one announced 7 days ahead does not', async () => {
    const start = Date.now() - 10 * HOUR;
    const planned = (noticeDays: number) =>
      report({
        planned: true,
        noticedAt: iso(start - noticeDays * 24 * HOUR),
        startedAt: iso(start),
        plannedEndAt: iso(start + 4 * HOUR),
        endedAt: iso(start + 4 * HOUR),
        area: { kind: 'accounts', accountNos: ['R1', 'R2'] },
        cause: 'transformer maintenance',
      });
    const [short, enough] = await Promise.all([planned(3), planned(7)]);
    expect([short.status, enough.status]).toEqual([201, 201]);
    // Power needs 7 days' notice; too little pays ¥100 (10 000 fen) per account. Four hours
    // without supply is within the 12-hour grace, so nothing more.
    const paid = await settled(short.body.id, () => 10_000);
    expect(
      paid.body.compensation.map((c: { accountNo: string; stage: string; fen: number }) => [
        c.accountNo,
        c.stage,
        c.fen,
      ]),
    ).toEqual([
      ['R1', 'notice', 10_000],
      ['R2', 'notice', 10_000],
    ]);
    const settledEnough = await eventually(async () => {
      const r = await call('GET', `/v1/interruptions/${enough.body.id}`, { token: env.tokens.admin });
      return r.body.status === 'restored' && r;
    });
    expect(settledEnough.body.compensation).toEqual([]);
    const breaches = await call('GET', `/v1/breaches?applicationId=${short.body.id}`, { token: env.tokens.admin });
    expect(breaches.body.items.map((b: { stage: string }) => b.stage)).toEqual(['notice']);
    const none = await call('GET', `/v1/breaches?applicationId=${enough.body.id}`, { token: env.tokens.admin });
    expect(none.body.items).toEqual([]);
    await recordHistory(
      'interruption-power-planned-short-notice',
      env.stack.api.app.get(Client).workflow.getHandle(interruptionWorkflowId(short.body.id)),
    );
  });

  it('insufficient supply is reported with the measured value against the catalog threshold, and compensated by its own rule', async () => {
    const start = Date.now() - 31 * HOUR;
    const base = {
      utility: 'water',
      kind: 'insufficient-supply',
      startedAt: iso(start),
      endedAt: iso(start + 30 * HOUR),
      area: { kind: 'accounts', accountNos: ['W1', 'W2'] },
    };
    const within = await report({ ...base, measured: { value: 0.2 } }, env.tokens.water);
    expect(within.status).toBe(400);
    expect(within.body.error.details).toEqual([
      expect.objectContaining({ path: 'measured.value', rule: 'within_limits' }),
    ]);
    const low = await report({ ...base, measured: { value: 0.1 } }, env.tokens.water);
    expect(low.status).toBe(201);
    expect(low.body.measured).toEqual({ quantity: 'pressure-mpa', value: 0.1 });
    // Water pressure below 0.14 MPa for 30 hours: ¥20 after 24 hours (the rule's grace).
    await settled(low.body.id, () => 2_000);
  });

  it('refuses what is not the reporter’s, and accounts it does not have, naming each', async () => {
    const start = iso(Date.now() - HOUR);
    const wrongProvider = await report(
      { startedAt: start, area: { kind: 'accounts', accountNos: ['R1'] } },
      env.tokens.water,
    );
    expect(wrongProvider.status).toBe(403);
    const unknown = await report({ startedAt: start, area: { kind: 'accounts', accountNos: ['R1', 'NOPE', 'W1'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'area.accountNos.1',
      'area.accountNos.2',
    ]);
    const backwards = await report({
      startedAt: start,
      endedAt: iso(Date.now() - 2 * HOUR),
      area: { kind: 'accounts', accountNos: ['R1'] },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([expect.objectContaining({ path: 'endedAt' })]);
  });

  it('an area of the zone register covers the accounts inside it; a crew on site in time stops the arrival clock', async () => {
    const d = 0.01;
    const zone = await call('POST', '/v1/zones', {
      token: env.tokens.admin,
      body: {
        zones: [
          {
            id: 'bolu',
            name: '博乐路片区',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [121.25 - d, 31.38 - d],
                  [121.25 + d, 31.38 - d],
                  [121.25 + d, 31.38 + d],
                  [121.25 - d, 31.38 + d],
                  [121.25 - d, 31.38 - d],
                ],
              ],
            },
          },
        ],
        source: 'test register',
      },
    });
    expect(zone.status).toBe(201);
    const start = Date.now() - 20 * 60_000;
    const r = await report({ startedAt: iso(start), area: { kind: 'zone', zoneId: 'bolu' } });
    expect(r.status).toBe(201);
    expect(r.body.accounts).toBe(3); // R1–R3 have coordinates in the zone; B1, B2 have none
    const arrived = await call('POST', `/v1/interruptions/${r.body.id}/arrival`, {
      token: env.tokens.power,
      body: { arrivedAt: iso(start + 30 * 60_000) },
    });
    expect(arrived.status).toBe(201);
    const arrival = await eventually(async () => {
      const detail = await call('GET', `/v1/interruptions/${r.body.id}`, { token: env.tokens.admin });
      return detail.body.clocks.find(
        (c: { stage: string; status: string }) => c.stage === 'arrival' && c.status === 'done',
      );
    });
    expect(arrival.slaState).toBe('on_track');
    const restored = await call('POST', `/v1/interruptions/${r.body.id}/restoration`, {
      token: env.tokens.power,
      body: { endedAt: iso(Date.now()) },
    });
    expect(restored.body).toMatchObject({ status: 'restored', compensationFen: 0 }); // 20 minutes: within the grace
    const breaches = await call('GET', `/v1/breaches?applicationId=${r.body.id}`, { token: env.tokens.admin });
    expect(breaches.body.items).toEqual([]);
  });

  it('an admin waives an interruption breach with a reason, and the ledger shows the reversal', async () => {
    const id = `${cut}.power.restoration`;
    const waived = await call('POST', `/v1/breaches/${id}/review`, {
      token: env.tokens.admin,
      body: { decision: 'waive', reason: 'typhoon: force majeure' },
    });
    expect(waived.status).toBe(201);
    expect(waived.body).toMatchObject({ reviewStatus: 'waived', accruedFen: 0 });
    const ledger = await call('GET', `/v1/compensations?applicationId=${cut}`, { token: env.tokens.admin });
    expect(ledger.body.items).toHaveLength(6);
    expect(
      ledger.body.items.every((e: { status: string; accountNo: string }) => e.status === 'waived' && e.accountNo),
    ).toBe(true);
    const exported = await call('GET', `/v1/compensations?applicationId=${cut}`, {
      token: env.tokens.admin,
      headers: { accept: 'text/csv' },
    });
    expect(
      String(exported.body)
        .split('\r\n')
        .filter((l) => l.includes(',waived,R')),
    ).toHaveLength(6);
    // Later corrections book nothing more for a waived breach.
    const later = await call('POST', `/v1/interruptions/${cut}/restoration`, {
      token: env.tokens.power,
      body: { endedAt: iso(Date.parse(waived.body.dueAt) + 14 * HOUR) },
    });
    expect(later.status).toBe(201);
    expect(later.body.compensation.every((c: { fen: number }) => c.fen === 0)).toBe(true);
  });

  describe('a generated month: indicators, the published report, the plan’s penalty', () => {
    // September 2026 (Asia/Shanghai), power: five accounts served.
    const sept = (day: number, hour: number) =>
      Date.parse(`2026-09-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`);
    const outages = [
      { day: 3, hour: 10, minutes: 90, accounts: ['R1', 'R2', 'R3'], planned: false },
      { day: 9, hour: 2, minutes: 4, accounts: ['R1', 'B1'], planned: false }, // momentary: not counted
      { day: 14, hour: 8, minutes: 240, accounts: ['B1', 'B2'], planned: true },
      { day: 21, hour: 16, minutes: 800, accounts: ['R2', 'B2'], planned: false }, // restored late
      { day: 30, hour: 23, minutes: 45, accounts: ['R3'], planned: false },
    ];

    beforeAll(async () => {
      for (const o of outages) {
        const start = sept(o.day, o.hour);
        const r = await report({
          planned: o.planned,
          ...(o.planned
            ? { noticedAt: iso(start - 8 * 24 * HOUR), plannedEndAt: iso(start + o.minutes * 60_000) }
            : {}),
          startedAt: iso(start),
          endedAt: iso(start + o.minutes * 60_000),
          area: { kind: 'accounts', accountNos: o.accounts },
        });
        expect(r.status).toBe(201);
        await eventually(
          async () =>
            (await call('GET', `/v1/interruptions/${r.body.id}`, { token: env.tokens.admin })).body.status ===
            'restored',
        );
      }
    });

    it('SAIDI, SAIFI and CAIDI in GET /kpis equal a direct computation over the event store', async () => {
      const kpis = await call('GET', '/v1/kpis?month=2026-09');
      expect(kpis.status).toBe(200);
      const power = kpis.body.reliability.find((r: { providerId: string }) => r.providerId === 'state-grid-jiading');
      const [sql] = await db().query(
        `WITH reported AS (
           SELECT data->>'interruptionId' AS id, data->>'providerId' AS provider, (data->>'planned')::boolean AS planned,
                  (data->>'startedAt')::timestamptz AS started, jsonb_array_length(data->'accounts') AS customers
             FROM events WHERE type = 'InterruptionReported' AND data->>'kind' = 'interruption'),
         ended AS (
           SELECT DISTINCT ON (data->>'interruptionId') data->>'interruptionId' AS id, (data->>'endedAt')::timestamptz AS ended
             FROM events WHERE type = 'SupplyRestored' ORDER BY data->>'interruptionId', global_position DESC),
         served AS (
           SELECT count(*) AS n FROM events WHERE type = 'AccountOpened'
              AND data->'account'->>'providerId' = 'state-grid-jiading'
              AND (data->'account'->>'openedAt')::timestamptz < '2026-10-01T00:00:00+08:00'),
         sustained AS (
           SELECT r.*, EXTRACT(EPOCH FROM e.ended - r.started) / 60 AS minutes FROM reported r JOIN ended e USING (id)
            WHERE r.provider = 'state-grid-jiading' AND r.started >= '2026-09-01T00:00:00+08:00'
              AND r.started < '2026-10-01T00:00:00+08:00' AND e.ended - r.started > interval '5 minutes')
         SELECT sum(customers * minutes) / (SELECT n FROM served) AS saidi,
                sum(customers)::float / (SELECT n FROM served) AS saifi,
                sum(customers * minutes) FILTER (WHERE NOT planned) / (SELECT n FROM served) AS saidi_unplanned,
                (SELECT n FROM served)::int AS served
           FROM sustained`,
      );
      expect(power.customersServed).toBe(sql.served);
      expect(power.all.saidiMinutes).toBeCloseTo(Number(sql.saidi), 9);
      expect(power.all.saifi).toBeCloseTo(Number(sql.saifi), 9);
      expect(power.all.caidiMinutes).toBeCloseTo(Number(sql.saidi) / Number(sql.saifi), 9);
      expect(power.unplanned.saidiMinutes).toBeCloseTo(Number(sql.saidi_unplanned), 9);
      // And by hand: (3×90 + 2×240 + 2×800 + 1×45) / 5 = 2395 / 5 = 479 minutes; SAIFI 8/5 = 1.6;
      // CAIDI 479 / 1.6 = 299.375 minutes. Unplanned only: 1915 / 5 = 383.
      expect(power.all).toMatchObject({ saidiMinutes: 479, saifi: 1.6, caidiMinutes: 299.375, interruptions: 4 });
      expect(power.unplanned.saidiMinutes).toBe(383);
      // Restored within 12 hours: 3 of the 4 unplanned (the momentary one included); the 800-minute one was late.
      expect(power.restorationOnTimeRate).toBe(0.75);
      expect(power.noticeOnTimeRate).toBe(1);
    });

    it('the monthly Schedule publishes September on the first working day of October, once, and it never changes', async () => {
      const client = env.stack.api.app.get(Client);
      const scheduleId = await ensureMonthlyReportSchedule(client, env.stack.taskQueue, {
        scheduleId: `report-test-${randomUUID()}`,
        paused: true,
      });
      const schedule = client.schedule.getHandle(scheduleId);
      try {
        // Temporal's time-skipping test server has no Schedules; a backfill runs this Schedule's
        // own spec over October 1–10 on the real server, each run with its nominal time.
        await schedule.backfill({
          start: new Date('2026-09-30T16:00:00Z'),
          end: new Date('2026-10-10T16:00:00Z'),
          overlap: 'ALLOW_ALL',
        });
        const listed = await eventually(async () => {
          const r = await call('GET', '/v1/public/reports');
          return r.body.length > 0 && r;
        }, 60_000);
        expect(listed.body).toEqual([
          expect.objectContaining({ id: '2026-09', month: '2026-09', corrects: null, correctedBy: null }),
        ]);
        const day = firstWorkingDay('2026-10', await currentCalendar(db()));
        expect(new Date(Date.parse(listed.body[0].producedFor) + 8 * HOUR).toISOString().slice(0, 10)).toBe(day);
        // Every run of the ten days finished, and only one published.
        await eventually(async () => {
          const runs = await client.workflow.list({ query: `TemporalScheduledById = '${scheduleId}'` });
          let closed = 0;
          for await (const run of runs) if (run.status.name === 'COMPLETED') closed++;
          return closed === 10;
        }, 60_000);
        expect((await call('GET', '/v1/public/reports')).body).toHaveLength(1);
      } finally {
        await schedule.delete();
      }

      const raw = await fetch(`${env.stack.api.url}/v1/public/reports/2026-09`).then((r) => r.text());
      const json = await call('GET', '/v1/public/reports/2026-09');
      const csvReport = await fetch(`${env.stack.api.url}/v1/public/reports/2026-09?format=csv`).then((r) => r.text());
      const kpis = await call('GET', '/v1/kpis?month=2026-09');
      const published = json.body.reliability.find(
        (r: { providerId: string }) => r.providerId === 'state-grid-jiading',
      );
      expect(published.all).toEqual(
        kpis.body.reliability.find((r: { providerId: string }) => r.providerId === 'state-grid-jiading').all,
      );
      expect(csvReport).toContain('2026-09,reliability,power,state-grid-jiading,saidi_minutes_all,479');

      // A late report for September changes the live indicators, not the published report.
      const late = await report({
        startedAt: iso(sept(28, 12)),
        endedAt: iso(sept(28, 14)),
        area: { kind: 'accounts', accountNos: ['B1'] },
      });
      expect(late.status).toBe(201);
      await eventually(
        async () =>
          (await call('GET', '/v1/kpis?month=2026-09')).body.reliability.find(
            (r: { providerId: string }) => r.providerId === 'state-grid-jiading',
          ).all.saidiMinutes > 479,
      );
      const rawBefore = raw;
      const again = await fetch(`${env.stack.api.url}/v1/public/reports/2026-09`).then((r) => r.text());
      expect(again).toBe(rawBefore);
      expect(await fetch(`${env.stack.api.url}/v1/public/reports/2026-09?format=csv`).then((r) => r.text())).toBe(
        csvReport,
      );

      // A correction is a new report, linked; the first stays as it was.
      const correction = await call('POST', '/v1/reports/2026-09/corrections', {
        token: env.tokens.admin,
        body: { reason: 'late report INC-late of 28 September' },
      });
      expect(correction.status).toBe(201);
      expect(correction.body).toMatchObject({ id: '2026-09-c1', corrects: '2026-09' });
      const list = await call('GET', '/v1/public/reports');
      expect(list.body.map((r: { id: string; correctedBy: string | null }) => [r.id, r.correctedBy])).toEqual([
        ['2026-09-c1', null],
        ['2026-09', '2026-09-c1'],
      ]);
      expect(await fetch(`${env.stack.api.url}/v1/public/reports/2026-09`).then((r) => r.text())).toBe(rawBefore);
    });

    it('a provider missing its annual SAIDI target owes the plan’s penalty; one meeting it owes none', async () => {
      // 2025: power is out 10 hours for all five accounts once; water is never out.
      const start = Date.parse('2025-06-10T08:00:00+08:00');
      const r = await report({
        startedAt: iso(start),
        endedAt: iso(start + 10 * HOUR),
        area: { kind: 'accounts', accountNos: ['R1', 'R2', 'R3', 'B1', 'B2'] },
      });
      expect(r.status).toBe(201);
      await eventually(
        async () =>
          (await call('GET', `/v1/interruptions/${r.body.id}`, { token: env.tokens.admin })).body.status === 'restored',
      );
      const plan = (utility: string) => ({
        utility,
        saidiMinutes: 300,
        saifi: 2,
        onTimeRestorationPct: 90,
        penalty: { perSaidiMinuteFen: 1_000, perSaifiHundredthFen: 500, perOnTimePointFen: 2_000, capFen: 1_000_000 },
      });
      for (const [provider, utility] of [
        ['state-grid-jiading', 'power'],
        ['jiading-water', 'water'],
      ]) {
        const set = await call('PUT', `/v1/reliability-plans/${provider}/2025`, {
          token: env.tokens.admin,
          body: plan(utility),
        });
        expect(set.status).toBe(200);
      }
      // The first working day of January 2026 closes 2025: the Schedule's run assesses every plan.
      const client = env.stack.api.app.get(Client);
      const scheduleId = await ensureMonthlyReportSchedule(client, env.stack.taskQueue, {
        scheduleId: `report-test-${randomUUID()}`,
        paused: true,
      });
      try {
        await client.schedule.getHandle(scheduleId).backfill({
          start: new Date('2025-12-31T16:00:00Z'),
          end: new Date('2026-01-10T16:00:00Z'),
          overlap: 'ALLOW_ALL',
        });
        await eventually(async () => {
          const plans = await call('GET', '/v1/reliability-plans', { token: env.tokens.admin });
          return plans.body.filter((p: { assessedAt: string | null }) => p.assessedAt).length === 2;
        }, 60_000);
      } finally {
        await client.schedule.getHandle(scheduleId).delete();
      }
      // Asking for the assessment now returns the one the Schedule made, dated its nominal day.
      const power = await call('POST', '/v1/reliability-plans/state-grid-jiading/2025/assessment', {
        token: env.tokens.admin,
      });
      expect(power.status).toBe(201);
      expect(Date.parse(power.body.assessedAt)).toBeLessThan(Date.parse('2026-01-11T00:00:00+08:00'));
      // SAIDI 5 × 600 / 5 = 600 minutes against 300: 300 minutes over × ¥10 = ¥3 000. SAIFI 1 ≤ 2;
      // restored within 12 hours, so 100 % on time ≥ 90 %.
      expect(power.body).toMatchObject({
        actual: { saidiMinutes: 600, saifi: 1, onTimeRestorationPct: 100, customersServed: 5 },
        missed: ['saidi'],
        penaltyFen: 300_000,
      });
      const water = await call('POST', '/v1/reliability-plans/jiading-water/2025/assessment', {
        token: env.tokens.admin,
      });
      expect(water.body).toMatchObject({ actual: { saidiMinutes: 0, saifi: 0 }, missed: [], penaltyFen: 0 });
      // Once: assessing again returns the same; the plan is closed for changes; 2026 is not over.
      const again = await call('POST', '/v1/reliability-plans/state-grid-jiading/2025/assessment', {
        token: env.tokens.admin,
      });
      expect(again.body.penaltyFen).toBe(300_000);
      expect(again.body.assessedAt).toBe(power.body.assessedAt);
      const changed = await call('PUT', '/v1/reliability-plans/state-grid-jiading/2025', {
        token: env.tokens.admin,
        body: plan('power'),
      });
      expect(changed.status).toBe(409);
      await call('PUT', '/v1/reliability-plans/state-grid-jiading/2026', {
        token: env.tokens.admin,
        body: plan('power'),
      });
      const early = await call('POST', '/v1/reliability-plans/state-grid-jiading/2026/assessment', {
        token: env.tokens.admin,
      });
      expect(early.status).toBe(409);
    });
  });

  it('rebuilds accounts, interruptions, the ledger, plans and reports from the event store row for row', async () => {
    await env.stack.worker.close(); // nothing may append while we compare
    const snapshot = async () => {
      const tables: Record<string, unknown[]> = {};
      for (const name of readModelTables(db()))
        tables[name] = await db().query(`SELECT * FROM "${name}" t ORDER BY t::text`);
      return tables;
    };
    const live = await snapshot();
    expect(live.service_accounts).toHaveLength(7);
    expect(live.interruptions.length).toBeGreaterThan(10);
    expect(live.public_reports).toHaveLength(3); // 2026-09, its correction, and 2025-12
    expect(live.reliability_plans).toHaveLength(3);
    await rebuildReadModels(db());
    expect(await snapshot()).toEqual(live);
  });
});
