import type { DataSource } from 'typeorm';
import { buildCalendar } from '../../libs/domain/src/calendar/official-calendar';
import { recordedOutcomes, replayApplication } from '../../libs/domain/src/what-if/replay';
import { catalogsByVersion, loadRecordedApplications } from '../../libs/persistence/src/what-if/recorded-applications';
import { eventually } from './api';

export type BriefOutcome = [clock: string, breached: boolean, fen: number];

/**
 * Every recorded application replayed under the catalog it pinned, beside what its clocks
 * recorded, clock by clock as `[track/stage, breached, fen]`. The last accruals' appends land a
 * moment after the clocks moved: it compares again until the two agree (or gives the last answer).
 */
export async function replayedBesideRecorded(
  dataSource: DataSource,
  until: Date,
  limit = 1_000,
): Promise<{ id: string; replayed: BriefOutcome[]; recorded: BriefOutcome[] }[]> {
  const calendar = buildCalendar();
  const compare = async () => {
    const { applications } = await loadRecordedApplications(
      dataSource,
      { from: new Date(0), to: new Date('2100-01-01') },
      { limit },
    );
    const catalogs = await catalogsByVersion(
      dataSource,
      applications.map((a) => a.catalogVersion),
    );
    const brief = (o: { track: string; stage: string; breached: boolean; fen: number }): BriefOutcome => [
      `${o.track}/${o.stage}`,
      o.breached,
      o.fen,
    ];
    return applications.map((app) => ({
      id: app.applicationId,
      replayed: replayApplication(app, catalogs.get(app.catalogVersion)!, calendar, until).map(brief),
      recorded: recordedOutcomes(app).map(brief),
    }));
  };
  return eventually(async () => {
    const r = await compare();
    return r.every((a) => JSON.stringify(a.replayed) === JSON.stringify(a.recorded)) ? r : false;
  }).catch(async () => compare());
}
