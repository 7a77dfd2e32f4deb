import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { ConsultationApplicationController } from './consultation-application.controller';
import { ConsultationsController } from './consultations.controller';
import { FaqController } from './faq.controller';

/** One-window consultation (一窗咨询), turning one into an application, and the public FAQ. */
@Module({
  imports: [ApplicationsModule],
  controllers: [ConsultationsController, ConsultationApplicationController, FaqController],
})
export class ConsultationsModule {}
