import { HttpStatus } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../../libs/config/src';
import type { RatedSubject, RatingInput } from '../../../../libs/domain/src/satisfaction/follow-up';
import { nameBasedUuid, RatingRow } from '../../../../libs/persistence/src';
import { rating, ratingWorkflowId } from '../../../../workflows/rating.workflow';
import { ApiError } from '../common/api-error';
import { readSoon, startedOnce } from '../common/start-once';

/** One rating per person and thing rated: its id names both. */
export const ratingIdFor = (subject: RatedSubject, raterId: string) =>
  nameBasedUuid(`lianbao:rating:${subject.kind}/${subject.id}/${raterId}`);

/**
 * Starts a rating's workflow (it records the rating and, for a 1 or 2, opens the follow-up).
 * A second rating of the same thing by the same person is a 409 (`again: 'ignore'`: nothing, for
 * a connection's follow-up started a second time).
 */
export async function startRating(
  client: Client,
  config: Config,
  input: Omit<RatingInput, 'ratingId'>,
  again: 'conflict' | 'ignore' = 'conflict',
): Promise<string> {
  const ratingId = ratingIdFor(input.subject, input.raterId);
  const started = await startedOnce(() =>
    client.workflow.start(rating, {
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowId: ratingWorkflowId(ratingId),
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [{ ratingId, ...input }],
    }),
  );
  if (!started && again === 'conflict')
    throw new ApiError(
      HttpStatus.CONFLICT,
      'conflict',
      'You have rated this already.',
      [{ path: 'score', rule: 'once', message: 'rated once' }],
      '您已评价过',
    );
  return ratingId;
}

/** The rating's row once it is readable (the rating workflow's first append), or null after a while. */
export const ratingRow = (dataSource: DataSource, id: string) =>
  readSoon(() => dataSource.getRepository(RatingRow).findOneBy({ id }));
