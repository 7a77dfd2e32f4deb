import { Module } from '@nestjs/common';
import { ApplicationCommands } from './application-commands';
import { ApplicationsController } from './applications.controller';
import { ApplicationsQueries } from './applications.queries';
import { NotificationsController } from '../notifications/notifications.controller';
import { PermitsController, TasksController } from '../work/work.controllers';
import { CalendarController, CatalogController } from '../catalog/catalog.controllers';
import { KpisController, SatisfactionController } from '../kpis/kpis.controller';
import { OversightController } from '../oversight/oversight.controllers';
import { ZonesController } from '../catalog/zones.controller';
import { ErasureController } from '../oversight/erasure.controller';
import { AccountsController } from '../service/accounts.controller';
import { InterruptionsController } from '../service/interruptions.controller';
import { ReliabilityPlansController } from '../service/reliability-plans.controller';
import { ReportsController } from '../service/reports.controller';
import { MonthlyReportSchedule } from '../service/report-schedule';
import { ReceiptController } from '../receipts/receipt.controller';
import { ApplicationDocumentsController, DocumentsController } from '../documents/documents.controller';
import { DocumentRefs } from '../documents/document-refs';
import { DocumentsQueries } from '../documents/documents.queries';
import { documentsStoreProvider } from '../documents/documents-store.provider';

/** The v1 API: applications, the work lists, the public catalog and KPIs, and admin oversight. */
@Module({
  controllers: [
    ApplicationsController,
    ReceiptController,
    DocumentsController,
    ApplicationDocumentsController,
    TasksController,
    PermitsController,
    NotificationsController,
    CatalogController,
    CalendarController,
    KpisController,
    SatisfactionController,
    OversightController,
    ZonesController,
    ErasureController,
    AccountsController,
    InterruptionsController,
    ReliabilityPlansController,
    ReportsController,
  ],
  providers: [
    ApplicationsQueries,
    ApplicationCommands,
    MonthlyReportSchedule,
    DocumentRefs,
    DocumentsQueries,
    documentsStoreProvider,
  ],
  exports: [ApplicationCommands, ApplicationsQueries, DocumentRefs],
})
export class ApplicationsModule {}
