import { EventStore1764356400000 } from './1764356400000-event-store';
import { ReadModels1764360000000 } from './1764360000000-read-models';
import { CalendarYears1764370000000 } from './1764370000000-calendar-years';
import { CoreCorrectness1764380000000 } from './1764380000000-core-correctness';
import { ApplicantKeys1764390000000 } from './1764390000000-applicant-keys';
import { ReadPathIndexes1764400000000 } from './1764400000000-read-path-indexes';
import { ServiceLapses1764410000000 } from './1764410000000-service-lapses';
import { ApplicationNumbers1764420000000 } from './1764420000000-application-numbers';
import { Documents1764430000000 } from './1764430000000-documents';
import { AccountImports1764440000000 } from './1764440000000-account-imports';
import { WarningSweeper1764450000000 } from './1764450000000-warning-sweeper';
import { NotificationReads1764460000000 } from './1764460000000-notification-reads';
import { TariffNotices1764470000000 } from './1764470000000-tariff-notices';
import { Complaints1764480000000 } from './1764480000000-complaints';
import { Consultations1764490000000 } from './1764490000000-consultations';
import { Ratings1764500000000 } from './1764500000000-ratings';
import { TariffWithdrawals1764510000000 } from './1764510000000-tariff-withdrawals';
import { WhatIfRuns1764520000000 } from './1764520000000-what-if-runs';
import { NetworkRegister1764530000000 } from './1764530000000-network-register';

/** Every migration, oldest first. Listed explicitly so the same array serves the CLI, the apps and tests. */
export const migrations = [
  EventStore1764356400000,
  ReadModels1764360000000,
  CalendarYears1764370000000,
  CoreCorrectness1764380000000,
  ApplicantKeys1764390000000,
  ReadPathIndexes1764400000000,
  ServiceLapses1764410000000,
  ApplicationNumbers1764420000000,
  Documents1764430000000,
  AccountImports1764440000000,
  WarningSweeper1764450000000,
  NotificationReads1764460000000,
  TariffNotices1764470000000,
  Complaints1764480000000,
  Consultations1764490000000,
  Ratings1764500000000,
  TariffWithdrawals1764510000000,
  WhatIfRuns1764520000000,
  NetworkRegister1764530000000,
];
