import { Module } from '@nestjs/common';
import { ComplaintsController } from './complaints.controller';
import { ComplaintDisclosureController } from './disclosure.controller';

/** Independent complaints and their active disclosure. */
@Module({ controllers: [ComplaintsController, ComplaintDisclosureController] })
export class ComplaintsModule {}
