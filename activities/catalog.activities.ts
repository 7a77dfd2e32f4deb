import type { DataSource } from 'typeorm';
import type { Catalog, CatalogDraft } from '../libs/domain/src/catalog/catalog';
import { ApplicationFailure } from '@temporalio/common';
import { CatalogRejectedError, publishCatalog } from '../libs/persistence/src/catalog/catalog-store';
import { publishCalendarYear } from '../libs/persistence/src/catalog/calendar-store';
import type { CalendarYearInput } from '../libs/domain/src/calendar/calendar-year';
import type { CalendarYear } from '../libs/domain/src/calendar/working-calendar';
import type { SiteRisk } from '../libs/domain/src/process/joint-application';
import type { RiskZoneRegister } from '../libs/domain/src/site/risk-zones';
import { publishRiskZones, siteRiskNow } from '../libs/persistence/src/catalog/zone-store';
import { eraseApplicant } from '../libs/persistence/src/personal-data/personal-data';
import { finishWhatIfRun, replayWhatIfPage, type WhatIfStatus } from '../libs/persistence/src/what-if/what-if-runs';

export function createCatalogActivities({ dataSource }: { dataSource: DataSource }) {
  return {
    /** One page of a what-if run replayed and merged into its result (a retry counts nothing twice). */
    async replayWhatIfPage(input: {
      runId: string;
      after: string | null;
      until?: string;
    }): Promise<{ next: string | null; done: number }> {
      return replayWhatIfPage(dataSource, input.runId, input.after, input.until);
    },

    async finishWhatIfRun(input: { runId: string; status: WhatIfStatus }): Promise<void> {
      await finishWhatIfRun(dataSource, input.runId, input.status);
    },

    async publishCatalog(input: { draft: CatalogDraft; publishedAt: string }): Promise<Catalog> {
      try {
        return await publishCatalog(dataSource, input.draft, new Date(input.publishedAt));
      } catch (error) {
        // Retrying cannot make an incomplete catalog complete: fail at once, listing every problem.
        if (error instanceof CatalogRejectedError)
          throw ApplicationFailure.nonRetryable(error.message, 'catalog_rejected', ...error.problems);
        throw error;
      }
    },

    async publishCalendarYear(input: {
      calendarYear: CalendarYearInput;
      by: string;
      publishedAt: string;
    }): Promise<CalendarYear> {
      return publishCalendarYear(dataSource, input.calendarYear, input.by, new Date(input.publishedAt));
    },

    /**
     * Applications with an open stage whose deadline was counted past the known calendar: they
     * recompute when a year is loaded.
     */
    async applicationsOnUnknownCalendar(): Promise<string[]> {
      const rows: { application_id: string }[] = await dataSource.query(
        `SELECT DISTINCT application_id FROM application_stages
          WHERE beyond_known_calendar AND status IN ('open', 'paused') ORDER BY application_id`,
      );
      return rows.map((r) => r.application_id);
    },

    async publishRiskZones(input: { register: RiskZoneRegister; by: string; publishedAt: string }) {
      return publishRiskZones(dataSource, input.register, input.by, new Date(input.publishedAt));
    },

    /** Erases an applicant's personal data by deleting their key (crypto-shredding). */
    async eraseApplicant(input: { applicantId: string; by: string }) {
      const erased = await eraseApplicant(dataSource, input.applicantId, input.by);
      return { applicantId: erased.applicantId, erasedAt: erased.erasedAt.toISOString() };
    },

    /** The zone register's answer for a site, as it stands now. */
    async classifySite(input: { coordinates?: { lat: number; lng: number } }): Promise<SiteRisk> {
      return siteRiskNow(dataSource, input.coordinates);
    },
  };
}
