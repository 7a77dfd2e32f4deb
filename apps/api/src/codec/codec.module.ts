import { Module } from '@nestjs/common';
import { CodecController } from './codec.controller';

/** The codec server for operators reading Temporal's histories. */
@Module({ controllers: [CodecController] })
export class CodecModule {}
