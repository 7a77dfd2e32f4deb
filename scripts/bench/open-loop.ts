import { performance } from 'node:perf_hooks';
import { sampleApplication } from '../../seeds/sample-application';
import { record, sleep, timed } from './harness';

type Call = (method: string, route: string, token: string, body?: unknown) => Promise<{ id: string } | undefined>;

/**
 * Journeys arriving at a fixed rate below capacity, as clerks and applicants arrive — the latency
 * a person sees, not the queue a closed loop builds: each submitted, accepted and read back; then
 * each joint survey set (a second apart, as they were set) and each provider's survey recorded a
 * second after its appointment, as a district spreads them. 503s are counted per rate.
 */
export async function openLoop(options: {
  rate: number;
  seconds: number;
  call: Call;
  tokens: Record<'applicant' | 'window' | 'power', string>;
  unavailable: Record<string, number>;
  latencyFigure: (figure: string, samples: number[], targetMs: number) => void;
}): Promise<void> {
  const { rate, call, tokens, unavailable, latencyFigure } = options;
  const open = { submit: [] as number[], window: [] as number[], staff: [] as number[], read: [] as number[] };
  const count = Math.max(20, Math.round(rate * options.seconds));
  const opened: string[] = [];
  const paced = async (n: number, job: (i: number) => Promise<unknown>) => {
    const jobs: Promise<unknown>[] = [];
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      jobs.push(job(i));
      await sleep(Math.max(0, t0 + ((i + 1) * 1000) / rate - performance.now()));
    }
    await Promise.all(jobs);
  };
  await paced(count, async () => {
    const submitted = await timed(open.submit, () =>
      call('POST', '/v1/applications', tokens.applicant, sampleApplication()),
    );
    if (!submitted) return;
    opened.push(submitted.id);
    await timed(open.window, () =>
      call('POST', `/v1/applications/${submitted.id}/window-actions`, tokens.window, { action: 'accept' }),
    );
    await timed(open.read, () => call('GET', `/v1/applications/${submitted.id}`, tokens.window));
  });
  const firstAppointment = Date.now() + (opened.length / rate) * 1000 + 3_000;
  const appointmentOf = (i: number) => firstAppointment + (i * 1000) / rate;
  await paced(opened.length, (i) =>
    timed(open.window, () =>
      call('POST', `/v1/applications/${opened[i]}/window-actions`, tokens.window, {
        action: 'schedule-joint-survey',
        appointmentAt: new Date(appointmentOf(i)).toISOString(),
      }),
    ),
  );
  await sleep(Math.max(0, appointmentOf(0) + 1_000 - Date.now()));
  await paced(opened.length, (i) =>
    timed(open.staff, () =>
      call('POST', `/v1/applications/${opened[i]}/services/power/actions`, tokens.power, {
        action: 'record-survey',
        findings: 'bench',
      }),
    ),
  );
  const at = `${rate}/s open loop`;
  latencyFigure(`POST /applications, ${at}`, open.submit, 300);
  latencyFigure(`window action (accept, schedule), ${at}`, open.window, 300);
  latencyFigure(`staff action (record-survey), ${at}`, open.staff, 300);
  latencyFigure(`GET /applications/:id after accept, ${at}`, open.read, 20);
  record({
    section: 'latency',
    figure: `actions refused 503, ${at}`,
    value: Object.keys(unavailable).length ? JSON.stringify(unavailable) : 'none',
    target: 'none',
    met: Object.keys(unavailable).length === 0,
    raw: { ...unavailable },
  });
  for (const key of Object.keys(unavailable)) delete unavailable[key];
}
