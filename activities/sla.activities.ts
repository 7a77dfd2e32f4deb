import type { DataSource } from 'typeorm';
import { computeDeadline, type Limit } from '../libs/domain/src/calendar/deadline';
import type { PauseSpan } from '../libs/domain/src/calendar/pauses';
import { clockTimes } from '../libs/domain/src/calendar/clock-times';
import type { WorkingCalendar } from '../libs/domain/src/calendar/working-calendar';
import { accrualSchedule, type CompensationRule } from '../libs/domain/src/catalog/compensation';
import type { Catalog } from '../libs/domain/src/catalog/catalog';
import { catalogAt } from '../libs/persistence/src/catalog/catalog-store';
import { calendarOverrides, currentCalendar } from '../libs/persistence/src/catalog/calendar-store';
import { calendarYearsFrom } from '../libs/domain/src/calendar/official-calendar';
import { siteRiskNow } from '../libs/persistence/src/catalog/zone-store';

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
      const t = clockTimes(
        {
          startedAt: Date.parse(input.startedAt),
          limit: input.limit,
          pauses: input.pauses,
          breach: input.breach && { dueAt: Date.parse(input.breach.dueAt), rule: input.breach.rule },
        },
        await calendar(),
      );
      const iso = (ms: number) => new Date(ms).toISOString();
      const result = { dueAt: iso(t.dueAt), warnAt: iso(t.warnAt), beyondKnownCalendar: t.beyondKnownCalendar };
      return t.accruals ? { ...result, accruals: t.accruals.map((a) => ({ ...a, at: iso(a.at) })) } : result;
    },

    async compensationSchedule(input: { dueAt: string; rule: CompensationRule }) {
      return accrualSchedule(input.rule, new Date(input.dueAt), await calendar()).map((a) => ({
        unit: a.unit,
        at: a.at.toISOString(),
        amountFen: a.amountFen,
      }));
    },

    /**
     * Release 0.3: everything an application pins at submission, in one local activity — the
     * catalog in force, the calendar years its clocks count on, and the zone register's answer
     * for its site.
     */
    async pinApplication(input: { at: string; coordinates?: { lat: number; lng: number } }) {
      const [catalog, overrides, siteRisk] = await Promise.all([
        catalogAt(dataSource, new Date(input.at)),
        calendarOverrides(dataSource),
        siteRiskNow(dataSource, input.coordinates),
      ]);
      return { catalog, calendarYears: calendarYearsFrom(overrides, new Date(input.at)), siteRisk };
    },

    /** The catalog in force at submission; the application keeps this version to the end. */
    async pinCatalog(input: { at: string }): Promise<Catalog> {
      return catalogAt(dataSource, new Date(input.at));
    },
  };
}
