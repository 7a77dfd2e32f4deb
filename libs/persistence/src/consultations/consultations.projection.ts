import { readableText } from '../../../domain/src/form/sealed-fields';
import { CONSULTATION_EVENT_TYPES, type ConsultationEvent } from '../../../domain/src/consultations/consultation';
import { indexTerms } from '../../../domain/src/consultations/faq-search';
import { at, make } from '../read-models/fold';
import type { ProjectedEvent, Projection } from '../read-models/projections';
import { isConsultationBreach } from './consultation-notifications';
import { ConsultationRow, FaqRow, type ThreadEntry } from './consultation.entity';

const isConsultationEvent = (e: ProjectedEvent): e is Extract<ProjectedEvent, ConsultationEvent> =>
  CONSULTATION_EVENT_TYPES.has(e.type);

/** What a consultation's status is after its parts and replies (closed wins). */
const statusOf = (row: ConsultationRow) =>
  row.closedAt ? 'closed' : row.parts.some((p) => !p.answeredAt) ? 'routed' : row.repliedAt ? 'answered' : 'asked';

export const consultationsProjection: Projection<ConsultationRow> = {
  entity: ConsultationRow,
  keys: (e) =>
    isConsultationEvent(e) ? [{ id: e.consultationId }] : isConsultationBreach(e) ? [{ id: e.applicationId }] : [],
  evolve(row, e) {
    if (e.type === 'ConsultationAsked')
      return make(ConsultationRow, {
        id: e.consultationId,
        askerId: e.askerId,
        utilities: e.utilities,
        question: readableText(e.question),
        site: e.site ? { address: readableText(e.site.address), district: e.site.district } : null,
        companyName: e.companyName === undefined ? null : readableText(e.companyName),
        status: 'asked',
        askedAt: at(e.askedAt),
        replyDueAt: at(e.replyDueAt),
        repliedAt: null,
        thread: [{ kind: 'question', at: e.askedAt, party: 'asker', text: readableText(e.question) }],
        parts: [],
        providerIds: [],
        breaches: [],
        published: false,
        applicationId: null,
        closedAt: null,
      });
    if (!row) return undefined;
    const next = (changes: Partial<ConsultationRow>, entry?: ThreadEntry): ConsultationRow => {
      const updated = { ...row, ...changes, thread: entry ? [...row.thread, entry] : row.thread };
      return { ...updated, status: statusOf(updated) };
    };
    switch (e.type) {
      case 'ConsultationRouted':
        return next(
          {
            repliedAt: row.repliedAt ?? at(e.at),
            parts: [
              ...row.parts,
              { utility: e.utility, providerId: e.providerId, routedAt: e.at, dueAt: e.dueAt, answeredAt: null },
            ],
            providerIds: row.providerIds.includes(e.providerId) ? row.providerIds : [...row.providerIds, e.providerId],
          },
          {
            kind: 'routed',
            at: e.at,
            party: 'window',
            providerId: e.providerId,
            utility: e.utility,
            text: e.note,
            dueAt: e.dueAt,
          },
        );
      case 'ConsultationAnswered': {
        const provider = e.party.kind === 'provider' ? e.party.id : undefined;
        const entry: ThreadEntry = provider
          ? { kind: 'answer', at: e.at, party: 'provider', providerId: provider, utility: e.utility, text: e.answer }
          : { kind: 'answer', at: e.at, party: 'window', text: e.answer };
        if (!provider) return next({ repliedAt: row.repliedAt ?? at(e.at) }, entry);
        let done = false;
        const parts = row.parts.map((p) => {
          if (done || p.providerId !== provider || p.answeredAt) return p;
          done = true;
          return { ...p, answeredAt: e.at };
        });
        return next({ parts }, entry);
      }
      case 'ConsultationPublished':
        return next({ published: true });
      case 'ConsultationConverted':
        return next({ applicationId: e.convertedTo });
      case 'ConsultationClosed':
        return next({ closedAt: at(e.at) });
      case 'SlaBreached': {
        const key = `${e.stage}/${e.track}`;
        return row.breaches.includes(key) ? row : { ...row, breaches: [...row.breaches, key] };
      }
    }
    return undefined;
  },
};

/** The FAQ: a published answer, once (a consultation is published once). */
export const faqProjection: Projection<FaqRow> = {
  entity: FaqRow,
  keys: (e) => (e.type === 'ConsultationPublished' ? [{ id: e.consultationId }] : []),
  evolve(row, e) {
    if (e.type !== 'ConsultationPublished' || row) return undefined;
    return make(FaqRow, {
      id: e.consultationId,
      utilities: e.utilities,
      question: e.question,
      answer: e.answer,
      publishedAt: at(e.at),
      terms: indexTerms(e.question, e.answer),
    });
  },
};
