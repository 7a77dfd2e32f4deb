import { Module } from '@nestjs/common';
import { QualityController } from './quality.controller';

/** Supply quality and sustainability figures: submitted by providers, published monthly. */
@Module({ controllers: [QualityController] })
export class QualityModule {}
