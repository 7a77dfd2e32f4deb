import type { DataSource } from 'typeorm';
import { computeDeadline, type Limit } from '../libs/domain/src/calendar/deadline';
import { deadlineWithPauses, shiftByPauses, type PauseSpan } from '../libs/domain/src/calendar/pauses';
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
// computeDeadline and compensationSchedule serve workflows of release v0.1 (workflows/releases).
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

    /**
     * A clock's times from its start, its limit and its pauses (by the domain's rule: working time
     * for working-day limits, elapsed time otherwise) and, once breached, its accrual schedule with
     * the pauses since the breach given back the same way.
     */
    async clockTimes(input: {
      startedAt: string;
      limit: Limit;
      pauses: PauseSpan[];
      breach?: { dueAt: string; rule: CompensationRule };
    }): Promise<DeadlineResult & { accruals?: { unit: number; at: string; amountFen: number }[] }> {
      const cal = await calendar();
      const d = deadlineWithPauses(new Date(input.startedAt), input.limit, input.pauses, cal);
      const result = {
        dueAt: d.dueAt.toISOString(),
        warnAt: d.warnAt.toISOString(),
        beyondKnownCalendar: d.beyondKnownCalendar,
      };
      if (!input.breach) return result;
      const dueAt = new Date(input.breach.dueAt);
      const rule = input.breach.rule;
      const since = input.pauses.filter((p) => p.from >= dueAt.getTime());
      const accruals = accrualSchedule(rule, dueAt, cal).map((a) => ({
        unit: a.unit,
        amountFen: a.amountFen,
        at: shiftByPauses(a.at, rule.unit, since, cal).at.toISOString(),
      }));
      return { ...result, accruals };
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
