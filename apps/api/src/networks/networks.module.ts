import { Module } from '@nestjs/common';
import { NetworksController } from './networks.controller';

/** The shared network register: uploads, versions, segments in a box. */
@Module({ controllers: [NetworksController] })
export class NetworksModule {}
