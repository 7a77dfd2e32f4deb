import type { DataSource } from 'typeorm';
import type { Catalog, CatalogDraft } from '../libs/domain/src/catalog/catalog';
import { publishCatalog } from '../libs/persistence/src/catalog/catalog-store';
import { publishCalendarYear } from '../libs/persistence/src/catalog/calendar-store';
import type { CalendarYearInput } from '../libs/domain/src/calendar/calendar-year';
import type { CalendarYear } from '../libs/domain/src/calendar/working-calendar';

export function createCatalogActivities({ dataSource }: { dataSource: DataSource }) {
  return {
    async publishCatalog(input: { draft: CatalogDraft; publishedAt: string }): Promise<Catalog> {
      return publishCatalog(dataSource, input.draft, new Date(input.publishedAt));
    },

    async publishCalendarYear(input: {
      calendarYear: CalendarYearInput;
      by: string;
      publishedAt: string;
    }): Promise<CalendarYear> {
      return publishCalendarYear(dataSource, input.calendarYear, input.by, new Date(input.publishedAt));
    },
  };
}
