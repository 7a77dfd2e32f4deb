import type { DocumentRef } from '../../../domain/src/documents/documents';
import { ApplicationDocumentRow } from './entities';
import type { Projection, ProjectedEvent } from './projections';

/** The files an event attaches: the form's, or a supplement's. */
function attached(e: ProjectedEvent): { refs: DocumentRef[]; via: string; at: string } | undefined {
  if (e.type === 'ApplicationSubmitted') return { refs: e.form.documents ?? [], via: 'form', at: e.submittedAt };
  if (e.type === 'SupplementProvided') return { refs: e.documents ?? [], via: 'supplement', at: e.at };
  return undefined;
}

/** Each application's files as the events recorded them (what, which kind, the content's SHA-256). */
export const documentsProjection: Projection<ApplicationDocumentRow> = {
  entity: ApplicationDocumentRow,
  keys: (e) =>
    'applicationId' in e
      ? (attached(e)?.refs ?? []).map((d) => ({ applicationId: e.applicationId, documentId: d.id }))
      : [],
  evolve(row, e, key) {
    const found = attached(e);
    const position = found?.refs.findIndex((d) => d.id === key.documentId) ?? -1;
    const ref = found?.refs[position];
    if (!found || !ref || !('applicationId' in e)) return row;
    return Object.assign(new ApplicationDocumentRow(), {
      applicationId: e.applicationId,
      documentId: ref.id,
      kind: ref.kind,
      filename: ref.filename ?? '',
      mediaType: ref.mediaType ?? '',
      size: ref.size ?? 0,
      sha256: ref.sha256 ?? '',
      via: found.via,
      position,
      attachedAt: new Date(found.at),
    });
  },
};
