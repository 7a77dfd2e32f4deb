import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { SAMPLE_SERVICES, sampleApplication } from '../../seeds/sample-application';
import { principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';
import { replayedBesideRecorded } from '../support/what-if';

/** A small seeded generator (mulberry32): the same history on every run, and a different one per seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Runs `tasks` `width` at a time: as a busy window and busy providers would. */
async function inParallel<T>(tasks: (() => Promise<T>)[], width = 8): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

type Utility = 'power' | 'water' | 'gas';
const STEPS = ['survey', 'plan', 'connection', 'done'] as const;
interface Generated {
  id: string;
  utilities: Utility[];
  window: 'submitted' | 'asked' | 'accepted';
  /** Rounds since accepted: providers act from the round after. */
  acceptedIn: number;
  step: Record<string, number>;
}

/**
 * What-if with the catalog the applications ran under reproduces every recorded clock exactly, on a
 * generated history of a few hundred applications run by the real workflows on the time-skipping
 * server: services in three mixes, supplements asked and given, acceptance early and late, each
 * provider moving through survey, plan and connection at its own pace over rounds hours to days
 * apart, across weekends — so stages and totals are late, paid, capped and paid once.
 */
describe('what-if replay on a generated history of a few hundred applications', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it('reproduces the breaches and amounts of every clock of 240 applications', async () => {
    const rnd = random(20261208);
    const pick = <T>(options: readonly T[]) => options[Math.floor(rnd() * options.length)];
    const mixes: Utility[][] = [['power'], ['power', 'water'], ['power', 'gas'], ['water']];
    const apps: Generated[] = await inParallel(
      Array.from({ length: 240 }, () => {
        const utilities = pick(mixes);
        return async () => {
          const services = Object.fromEntries(utilities.map((u) => [u, SAMPLE_SERVICES[u]]));
          const r = await stack.call('POST', '/v1/applications', {
            token: tokens.applicant,
            body: sampleApplication(services as never),
          });
          expect(r.status).toBe(201);
          return {
            id: r.body.id,
            utilities,
            window: 'submitted',
            acceptedIn: -1,
            step: Object.fromEntries(utilities.map((u) => [u, 0])),
          } satisfies Generated;
        };
      }),
    );
    let moves = 0;
    const ok = (status: number) => (status === 200 ? (moves++, true) : false);
    const windowAction = (app: Generated, body: Record<string, unknown>) =>
      stack
        .call('POST', `/v1/applications/${app.id}/window-actions`, { token: tokens.window, body })
        .then((r) => ok(r.status));
    const staffAction = async (app: Generated, utility: Utility) => {
      const step = STEPS[app.step[utility]];
      const body =
        step === 'survey'
          ? { action: 'record-survey', findings: '现场条件具备' }
          : step === 'plan'
            ? {
                action: 'submit-plan',
                plan: {
                  description: '红线处接入',
                  quote: [{ item: '表箱', amountFen: 50_000, outsideRedLine: false }],
                  needsExternalWorks: false,
                  needsExcavation: false,
                },
              }
            : { action: 'complete-connection', accountId: `${utility}-${app.id.slice(0, 8)}` };
      const r = await stack.call('POST', `/v1/applications/${app.id}/services/${utility}/actions`, {
        token: tokens[utility],
        body,
      });
      if (ok(r.status)) app.step[utility]++;
    };

    const sleeps = ['5 hours', '20 hours', '1 day', '2 days', '3 days'] as const;
    for (let round = 0; round < 8; round++) {
      const tasks: (() => Promise<unknown>)[] = [];
      for (const app of apps) {
        if (app.window === 'submitted') {
          const roll = rnd();
          if (roll < 0.45)
            tasks.push(async () => {
              if (await windowAction(app, { action: 'accept' }))
                Object.assign(app, { window: 'accepted', acceptedIn: round });
            });
          else if (roll < 0.6)
            tasks.push(async () => {
              const asked = { action: 'request-supplement', items: ['营业执照'], message: '请补充' };
              if (await windowAction(app, asked)) app.window = 'asked';
            });
        } else if (app.window === 'asked' && rnd() < 0.6) {
          tasks.push(async () => {
            const r = await stack.call('POST', `/v1/applications/${app.id}/supplements`, {
              token: tokens.applicant,
              body: { note: '已补' },
            });
            if (ok(r.status)) app.window = 'submitted';
          });
        } else if (app.window === 'accepted' && app.acceptedIn < round) {
          for (const utility of app.utilities)
            if (STEPS[app.step[utility]] !== 'done' && rnd() < 0.5) tasks.push(() => staffAction(app, utility));
        }
      }
      await inParallel(tasks);
      await env.sleep(pick(sleeps));
    }
    await env.sleep('10 days'); // those still open run on, some to their caps

    const result = await replayedBesideRecorded(stack.db.dataSource, new Date(await env.currentTimeMs()));
    expect(result).toHaveLength(240);
    const differing = result.filter((a) => JSON.stringify(a.replayed) !== JSON.stringify(a.recorded));
    expect(differing).toEqual([]);

    // The history reaches what it should: many moves, every kind of clock late and paid, some at the cap.
    expect(moves).toBeGreaterThan(500);
    const clocks = result.flatMap((a) => a.recorded) as [string, boolean, number][];
    const late = (stage: string) => clocks.filter(([clock, breached]) => clock.endsWith(`/${stage}`) && breached);
    for (const stage of ['acceptance', 'survey', 'plan', 'total']) expect(late(stage).length).toBeGreaterThan(3);
    expect(clocks.filter(([, , fen]) => fen > 0).length).toBeGreaterThan(50);
    expect(clocks.some(([clock, , fen]) => clock.endsWith('/survey') && fen === 50_000)).toBe(true); // a stage's cap
  }, 900_000);
});
