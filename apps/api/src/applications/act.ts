import { HttpStatus } from '@nestjs/common';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import { ApiError } from '../common/api-error';
import type { Principal } from '../auth/principal';
import type { ApplicationsQueries } from './applications.queries';

/**
 * Every action follows one sequence: act only on an application the caller may see (404
 * otherwise), send the Update, and answer with its result and the application as now recorded
 * (the Update returns after its events are projected, so the read sees them).
 */
export async function actOn(
  queries: ApplicationsQueries,
  id: string,
  user: Principal,
  send: () => Promise<unknown>,
  utility?: Utility,
) {
  const application = await queries.visible(id, user);
  if (utility && !application.utilities.includes(utility))
    throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', `This application did not request ${utility}.`, [
      { path: 'utility', rule: 'not_requested', message: `requested: ${application.utilities.join(', ')}` },
    ]);
  const result = await send();
  return { result, application: await queries.detail(id, user) };
}
