import { appendToStream, project, readModelTables, rebuildReadModels } from '../../libs/persistence/src';
import { deterministicEventId } from '../../libs/persistence/src/event-store/event-id';
import { createMigratedDatabase } from '../support/postgres';

/** A late stage of one application: opened, breached, then paid per late working day. */
function lateStage(app: number, units: number) {
  const applicationId = `rebuild-${app}`;
  const envelope = { applicationId, applicantId: `firm-${app}`, track: 'power', stage: 'survey' };
  const party = { kind: 'provider', id: 'state-grid-jiading' };
  const at = new Date(Date.UTC(2026, 0, 5, 2) + app * 60_000).toISOString();
  return [
    {
      type: 'StageStarted',
      data: {
        ...envelope,
        party,
        limit: { amount: 1, unit: 'workingDays' },
        startedAt: at,
        dueAt: at,
        warnAt: at,
        beyondKnownCalendar: false,
        compensable: true,
      },
    },
    { type: 'SlaBreached', data: { ...envelope, party, dueAt: at, at } },
    ...Array.from({ length: units }, (_, unit) => ({
      type: 'CompensationAccrued',
      data: { ...envelope, unit, amountFen: 5_000, at, providerId: party.id },
    })),
  ];
}

async function appendApp(db: Awaited<ReturnType<typeof createMigratedDatabase>>, app: number, units: number) {
  const streamId = `application-rebuild-${app}-power`;
  await appendToStream(
    db.dataSource,
    streamId,
    0,
    lateStage(app, units).map((e, i) => ({ ...e, eventId: deterministicEventId(streamId, i + 1) })),
    project,
  );
}

describe('projections:rebuild (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(() => db?.drop());

  const snapshot = async () => {
    const tables: Record<string, unknown[]> = {};
    for (const name of readModelTables(db.dataSource))
      tables[name] = await db.dataSource.query(`SELECT * FROM "${name}" ORDER BY 1, 2, 3, 4`);
    return tables;
  };
  const indexNames = async () =>
    (
      await db.dataSource.query(`SELECT tablename, indexname FROM pg_indexes WHERE tablename = ANY($1) ORDER BY 1, 2`, [
        readModelTables(db.dataSource),
      ])
    ).map((r: { tablename: string; indexname: string }) => `${r.tablename}.${r.indexname}`);

  it('keeps answering reads and taking appends while it replays, and ends equal to the live projection', async () => {
    const apps = 1500;
    for (let start = 0; start < apps; start += 50)
      await Promise.all(Array.from({ length: 50 }, (_, i) => appendApp(db, start + i, 8)));
    const live = await snapshot();
    const indexesBefore = await indexNames();
    expect(live.compensation_ledger).toHaveLength(apps * 8);

    let rebuilding = true;
    const rebuild = rebuildReadModels(db.dataSource, 1000).finally(() => (rebuilding = false));
    // Reads and appends from other sessions while it runs, as the API and the workers would.
    const answeredDuring: number[] = [];
    const appendedDuring: number[] = [];
    let next = apps;
    while (rebuilding) {
      const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM compensation_ledger');
      if (rebuilding) answeredDuring.push(n);
      await appendApp(db, next, 2);
      if (rebuilding) appendedDuring.push(next);
      next++;
    }
    const report = await rebuild;

    // Reads were answered from the live tables the whole time: never blocked, never empty.
    expect(answeredDuring.length).toBeGreaterThan(3);
    expect(Math.min(...answeredDuring)).toBeGreaterThanOrEqual(apps * 8);
    expect(appendedDuring.length).toBeGreaterThan(3);
    // The last appends may have waited for the swap and been projected live onto the new tables.
    expect(report.events).toBeGreaterThan(apps * 10);
    // What was appended meanwhile is in the swapped-in tables; a second, quiet rebuild agrees row for row.
    const after = await snapshot();
    expect(after.compensation_ledger).toHaveLength(apps * 8 + (next - apps) * 2);
    const rebuilt = new Set(after.compensation_ledger.map((row) => JSON.stringify(row)));
    expect(live.compensation_ledger.filter((row) => !rebuilt.has(JSON.stringify(row)))).toEqual([]);
    await rebuildReadModels(db.dataSource);
    expect(await snapshot()).toEqual(after);
    // The swapped-in tables carry the migrations' index names, so later migrations still find them.
    expect(await indexNames()).toEqual(indexesBefore);
    const leftovers = await db.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE tablename LIKE '%\\_\\_rebuild'`,
    );
    expect(leftovers).toEqual([]);
  }, 120_000);
});
