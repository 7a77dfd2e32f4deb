import { Module } from '@nestjs/common';
import { FollowUpsController } from './follow-ups.controller';
import { LivedInterruptionsController } from './lived-interruptions.controller';
import { RatingsController } from './ratings.controller';

/** Ratings of complaints and interruptions, and the window's follow-ups of poor ratings. */
@Module({ controllers: [RatingsController, FollowUpsController, LivedInterruptionsController] })
export class SatisfactionModule {}
