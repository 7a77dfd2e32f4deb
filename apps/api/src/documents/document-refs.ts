import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { DocumentKind, DocumentRef } from '../../../../libs/domain/src/documents/documents';
import { DocumentsStore } from '../../../../libs/persistence/src/documents/documents-store';
import { ApiError } from '../common/api-error';
import { DOCUMENTS_STORE } from './documents-store.provider';

/** The files a form or a supplement names, checked (the applicant's own) and completed from the store. */
@Injectable()
export class DocumentRefs {
  constructor(@Inject(DOCUMENTS_STORE) readonly store: DocumentsStore) {}

  async resolve(
    ownerId: string,
    refs: { id: string; kind: DocumentKind }[] | undefined,
  ): Promise<DocumentRef[] | undefined> {
    if (!refs) return undefined;
    const { refs: resolved, unknown } = await this.store.resolve(ownerId, refs);
    if (unknown.length)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        'A named file is not one you uploaded.',
        unknown.map((i) => ({
          path: `documents.${i}.id`,
          rule: 'unknown_document',
          message: 'upload the file first (POST /api/v1/documents), then name it by the id returned',
          messageZh: '找不到该文件，请重新上传',
        })),
        '所附文件不存在，请重新上传',
      );
    return resolved;
  }
}
