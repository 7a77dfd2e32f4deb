import { ApplicationFailure } from '@temporalio/common';
import { createActivities } from '../../activities';
import {
  appendToStream,
  appendToStreams,
  EventConflictError,
  listProblems,
  readStream,
  WrongExpectedVersionError,
} from '../../libs/persistence/src';
import { deterministicEventId } from '../../libs/persistence/src/event-store/event-id';
import { createMigratedDatabase } from '../support/postgres';

/** Event-store failures are loud and recoverable, never retried in silence. */
describe('the event store refuses a different past and shows what is stuck (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(() => db?.drop());

  const event = (stream: string, version: number, data: Record<string, unknown>) => ({
    eventId: deterministicEventId(stream, version),
    type: 'SupplementProvided',
    data,
  });

  it('takes a retried append with the same content as a no-op, and refuses one with other content (a reset run)', async () => {
    const stream = 'application-conflict';
    await appendToStream(db.dataSource, stream, 0, [event(stream, 1, { note: 'first', at: '2026-01-01T00:00:00Z' })]);
    const retried = await appendToStream(db.dataSource, stream, 0, [
      event(stream, 1, { at: '2026-01-01T00:00:00Z', note: 'first' }),
    ]);
    expect(retried.appended).toEqual([]);
    await expect(
      appendToStream(db.dataSource, stream, 0, [
        event(stream, 1, { note: 'a different past', at: '2026-01-01T00:00:00Z' }),
      ]),
    ).rejects.toBeInstanceOf(EventConflictError);
    expect((await readStream(db.dataSource, stream)).map((e) => e.data.note)).toEqual(['first']);

    // Through the worker's activity: a typed, non-retryable failure, and the stream shows as stuck.
    const { appendEvents } = createActivities({ dataSource: db.dataSource });
    const failure = await appendEvents({
      streamId: stream,
      expectedVersion: 0,
      events: [{ type: 'SupplementProvided', data: { note: 'a different past', at: '2026-01-01T00:00:00Z' } }],
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'EventConflictError', nonRetryable: true });
    expect(await listProblems(db.dataSource)).toEqual([
      expect.objectContaining({ streamId: stream, kind: 'EventConflictError' }),
    ]);
  });

  it('keeps retrying a projection error, visibly, and clears it once the stream records again', async () => {
    const stream = 'application-projection-bug';
    const { appendEvents } = createActivities({ dataSource: db.dataSource });
    // An ApplicationSubmitted the applications projection cannot fold (no form): its transaction rolls back.
    const broken = appendEvents({
      streamId: stream,
      expectedVersion: 0,
      events: [{ type: 'ApplicationSubmitted', data: { applicationId: 'x', applicantId: 'y', services: [] } }],
    });
    await expect(broken).rejects.toThrow(TypeError); // retryable: a fixed projection would take it
    expect(await readStream(db.dataSource, stream)).toEqual([]);
    expect((await listProblems(db.dataSource)).map((p) => [p.streamId, p.kind])).toContainEqual([stream, 'TypeError']);
    await appendEvents({
      streamId: stream,
      expectedVersion: 0,
      events: [{ type: 'SupplementProvided', data: { note: 'ok', at: '2026-01-01T00:00:00Z' } }],
    });
    expect((await listProblems(db.dataSource)).map((p) => p.streamId)).not.toContain(stream);
  });

  it('appends a batch of streams all or nothing, each at its expected version', async () => {
    const batch = (suffix: string, expectedVersion = 0) =>
      ['a', 'b'].map((s) => ({
        streamId: `application-batch-${s}`,
        expectedVersion,
        events: [1, 2].map((v) => event(`application-batch-${s}${suffix}`, expectedVersion + v, { note: `${s}${v}` })),
      }));
    expect(await appendToStreams(db.dataSource, batch(''))).toBe(4);
    expect((await readStream(db.dataSource, 'application-batch-b')).map((e) => [e.streamVersion, e.data.note])).toEqual(
      [
        [1, 'b1'],
        [2, 'b2'],
      ],
    );
    // One stream not where the writer thinks: nothing of the batch is stored.
    const mixed = [...batch('-again', 2).slice(0, 1), { ...batch('-again', 2)[1], expectedVersion: 1 }];
    await expect(appendToStreams(db.dataSource, mixed)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await readStream(db.dataSource, 'application-batch-a')).toHaveLength(2);
  });
});
