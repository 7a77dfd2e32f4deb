import type { DataSource } from 'typeorm';
import { computeDeadline, type Limit } from '../libs/domain/src/calendar/deadline';
import type { WorkingCalendar } from '../libs/domain/src/calendar/working-calendar';
import { accrualSchedule, type CompensationRule } from '../libs/domain/src/catalog/compensation';
import type { Catalog } from '../libs/domain/src/catalog/catalog';
import { catalogAt } from '../libs/persistence/src/catalog/catalog-store';
import { currentCalendar } from '../libs/persistence/src/catalog/calendar-store';

export interface SlaDeps {
  dataSource: DataSource;
  /** The working-day calendar; defaults to the official years plus those admins loaded. */
  calendar?: () => Promise<WorkingCalendar>;
}

export interface DeadlineResult {
  dueAt: string;
  warnAt: string;
  beyondKnownCalendar: boolean;
}

/**
 * Deadline maths reads the calendar, which can change (an admin loads a year), so it runs here
 * and its result is recorded in history: replays reuse the answer and stay deterministic.
 */
export function createSlaActivities({ dataSource, calendar = () => currentCalendar(dataSource) }: SlaDeps) {
  return {
    async computeDeadline(input: { startedAt: string; limit: Limit }): Promise<DeadlineResult> {
      const d = computeDeadline(new Date(input.startedAt), input.limit, await calendar());
      return {
        dueAt: d.dueAt.toISOString(),
        warnAt: d.warnAt.toISOString(),
        beyondKnownCalendar: d.beyondKnownCalendar,
      };
    },

    async compensationSchedule(input: { dueAt: string; rule: CompensationRule }) {
      return accrualSchedule(input.rule, new Date(input.dueAt), await calendar()).map((a) => ({
        unit: a.unit,
        at: a.at.toISOString(),
        amountFen: a.amountFen,
      }));
    },

    /** The catalog in force at submission; the application keeps this version to the end. */
    async pinCatalog(input: { at: string }): Promise<Catalog> {
      return catalogAt(dataSource, new Date(input.at));
    },
  };
}
