import type { Principal } from '../auth/principal';
import type { ApplicationsQueries } from './applications.queries';

/**
 * Every action follows one sequence: act only on an application the caller may see (404
 * otherwise), send the Update, and answer with its result and the application as now recorded
 * (the Update returns after its events are projected, so the read sees them).
 */
export async function actOn(queries: ApplicationsQueries, id: string, user: Principal, send: () => Promise<unknown>) {
  await queries.visible(id, user);
  const result = await send();
  return { result, application: await queries.detail(id, user) };
}
