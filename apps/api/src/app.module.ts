import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ConfigModule } from '../../../libs/config/src';
import { LoggingModule } from '../../../libs/logging/src';
import { DatabaseModule } from '../../../libs/persistence/src';
import { TemporalClientModule } from '../../../libs/temporal/src';
import { ErrorFilter } from './common/error.filter';
import { validationPipe } from './common/validation';
import { BodyAfterAuthInterceptor } from './common/body-after-auth';
import { HealthModule } from './health/health.module';
import { AuthModule } from './auth/auth.module';
import { ApplicationsModule } from './applications/applications.module';
import { CodecModule } from './codec/codec.module';
import { TariffsModule } from './tariffs/tariffs.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { SatisfactionModule } from './satisfaction/satisfaction.module';
import { QualityModule } from './quality/quality.module';
import { NetworksModule } from './networks/networks.module';
import { ExplanationsModule } from './explanations/explanations.module';
import { WhatIfModule } from './what-if/what-if.module';

/** The HTTP API's root module. It reads read models and talks to Temporal; it never runs workflows. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    TemporalClientModule,
    AuthModule,
    HealthModule,
    ApplicationsModule,
    CodecModule,
    TariffsModule,
    ComplaintsModule,
    ConsultationsModule,
    SatisfactionModule,
    QualityModule,
    NetworksModule,
    ExplanationsModule,
    WhatIfModule,
  ],
  providers: [
    { provide: APP_PIPE, useValue: validationPipe },
    { provide: APP_INTERCEPTOR, useClass: BodyAfterAuthInterceptor },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class ApiModule {}
