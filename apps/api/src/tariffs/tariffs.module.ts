import { Module } from '@nestjs/common';
import { TariffNoticesController } from './tariffs.controller';

/** Tariff-change notices: publication by providers, the public list. */
@Module({ controllers: [TariffNoticesController] })
export class TariffsModule {}
