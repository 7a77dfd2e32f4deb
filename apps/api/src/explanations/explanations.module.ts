import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { ExplanationsController } from './explanations.controller';
import { InterruptionExplanationsController } from './interruption-explanations.controller';

/** Deadlines that explain themselves. */
@Module({ imports: [ApplicationsModule], controllers: [ExplanationsController, InterruptionExplanationsController] })
export class ExplanationsModule {}
