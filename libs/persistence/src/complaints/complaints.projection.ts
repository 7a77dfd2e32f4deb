import { readableText } from '../../../domain/src/form/sealed-fields';
import { COMPLAINT_EVENT_TYPES, type ComplaintEvent } from '../../../domain/src/complaints/complaint';
import { at, make } from '../read-models/fold';
import type { ProjectedEvent, Projection } from '../read-models/projections';
import { ComplaintRow } from './complaint.entity';

const isComplaintEvent = (e: ProjectedEvent): e is Extract<ProjectedEvent, ComplaintEvent> =>
  COMPLAINT_EVENT_TYPES.has(e.type);

export const complaintsProjection: Projection<ComplaintRow> = {
  entity: ComplaintRow,
  keys: (e) => (isComplaintEvent(e) ? [{ id: e.complaintId }] : []),
  evolve(row, e) {
    if (!isComplaintEvent(e)) return undefined;
    if (e.type === 'ComplaintFiled')
      return make(ComplaintRow, {
        id: e.complaintId,
        complainantId: e.complainantId,
        providerId: e.providerId,
        utility: e.utility,
        category: e.category,
        link: e.link as Record<string, unknown>,
        description: readableText(e.description),
        status: 'filed',
        filedAt: at(e.filedAt),
        acknowledgeDueAt: at(e.acknowledgeDueAt),
        decideDueAt: at(e.decideDueAt),
        acknowledgedAt: null,
        acknowledgeWorkingDays: null,
        question: null,
        responseDueAt: null,
        response: null,
        respondedAt: null,
        outcome: null,
        reasons: null,
        remedyFen: null,
        publicSummary: null,
        decidedAt: null,
        decideWorkingDays: null,
        reopened: false,
        reopenReason: null,
        closedAt: null,
        closedHow: null,
        escalations: [],
      });
    if (!row) return undefined;
    switch (e.type) {
      case 'ComplaintAcknowledged':
        return { ...row, status: 'acknowledged', acknowledgedAt: at(e.at), acknowledgeWorkingDays: e.workingDays };
      case 'ComplaintResponseRequested':
        return {
          ...row,
          status: 'awaiting-provider',
          question: e.question,
          responseDueAt: at(e.dueAt),
          response: null,
        };
      case 'ComplaintResponded':
        return {
          ...row,
          status: row.reopened ? 'reopened' : 'acknowledged',
          response: e.response,
          respondedAt: at(e.at),
        };
      case 'ComplaintDecided':
        return {
          ...row,
          status: 'decided',
          outcome: e.outcome,
          reasons: e.reasons,
          remedyFen: e.remedyFen,
          publicSummary: e.publicSummary,
          decidedAt: at(e.at),
          decideWorkingDays: e.workingDays,
        };
      case 'ComplaintReopened':
        return {
          ...row,
          status: 'reopened',
          reopened: true,
          reopenReason: readableText(e.reason),
          decideDueAt: at(e.decideDueAt),
        };
      case 'ComplaintClosed':
        return { ...row, status: 'closed', closedAt: at(e.at), closedHow: e.how };
      case 'ComplaintEscalated':
        return row.escalations.includes(e.stage) ? row : { ...row, escalations: [...row.escalations, e.stage] };
    }
    return undefined;
  },
};
