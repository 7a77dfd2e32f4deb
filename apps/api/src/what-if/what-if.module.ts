import { Module } from '@nestjs/common';
import { WhatIfController } from './what-if.controller';

/** What-if replay of a draft catalog. */
@Module({ controllers: [WhatIfController] })
export class WhatIfModule {}
