import type { DataSource } from 'typeorm';
import { loadCatalogs } from '../../libs/persistence/src';
export { accrualSchedule } from '../../libs/domain/src/catalog/compensation';
export { buildCalendar } from '../../libs/domain/src/calendar/official-calendar';
export { findCompensation, findLimit } from '../../libs/domain/src/catalog/catalog';

export async function seedCatalogVersion(dataSource: DataSource) {
  const [first] = await loadCatalogs(dataSource);
  return first;
}
