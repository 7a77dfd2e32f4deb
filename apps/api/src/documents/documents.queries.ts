import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Catalog } from '../../../../libs/domain/src/catalog/catalog';
import {
  kindsForUtility,
  missingKinds,
  requiredKinds,
  type DocumentKind,
} from '../../../../libs/domain/src/documents/documents';
import type { ServiceCategory, Utility } from '../../../../libs/domain/src/form/utilities';
import { ApplicationDocumentRow, CatalogRow, ServiceRow } from '../../../../libs/persistence/src';
import { DocumentsStore } from '../../../../libs/persistence/src/documents/documents-store';
import { ApiError } from '../common/api-error';
import { DOCUMENTS_STORE } from './documents-store.provider';
import { ApplicationsQueries } from '../applications/applications.queries';
import type { Principal } from '../auth/principal';

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such file.', [], '未找到该文件');

/** Which files of an application a reader may see: all of them, or (staff) what their utility needs. */
@Injectable()
export class DocumentsQueries {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly applications: ApplicationsQueries,
    @Inject(DOCUMENTS_STORE) private readonly store: DocumentsStore,
  ) {}

  /** The catalog's document rules pinned at submission, and the kinds a provider's staff may open. */
  private async rules(catalogVersion: number) {
    const row = await this.dataSource.getRepository(CatalogRow).findOneBy({ version: catalogVersion });
    return (row?.document as unknown as Catalog | undefined)?.documents;
  }

  private async staffKinds(applicationId: string, catalogVersion: number, provider: string): Promise<Set<string>> {
    const services = await this.dataSource.getRepository(ServiceRow).findBy({ applicationId, providerId: provider });
    const rules = await this.rules(catalogVersion);
    return new Set(services.flatMap((s) => kindsForUtility(rules, s.utility as Utility)));
  }

  /** An application's files, the kinds its services need and which of them are still missing. */
  async list(applicationId: string, user: Principal) {
    const app = await this.applications.visible(applicationId, user);
    if (user.role === 'agency') throw notFound();
    let attached = await this.dataSource
      .getRepository(ApplicationDocumentRow)
      .find({ where: { applicationId }, order: { attachedAt: 'ASC', position: 'ASC', documentId: 'ASC' } });
    const services = await this.dataSource.getRepository(ServiceRow).findBy({ applicationId });
    const rules = await this.rules(app.catalogVersion);
    const required = requiredKinds(
      rules,
      services.map((s) => ({ utility: s.utility as Utility, category: s.category as ServiceCategory })),
    );
    const missing = missingKinds(required, attached);
    if (user.role === 'staff') {
      const mine = await this.staffKinds(applicationId, app.catalogVersion, user.provider!);
      attached = attached.filter((d) => mine.has(d.kind));
    }
    return {
      items: attached.map((d) => ({
        id: d.documentId,
        kind: d.kind,
        filename: d.filename,
        mediaType: d.mediaType,
        size: d.size,
        sha256: d.sha256,
        via: d.via,
        attachedAt: d.attachedAt,
      })),
      required,
      missing: missing as DocumentKind[],
    };
  }

  /** A file's content, if the reader may open it: its owner, or a reader of an application that carries it. */
  async openable(id: string, user: Principal) {
    const file = await this.store.content(id);
    if (!file) throw notFound();
    if (user.role === 'applicant' && file.ownerId === user.sub) return file;
    const carriers = await this.dataSource.getRepository(ApplicationDocumentRow).findBy({ documentId: id });
    for (const carrier of carriers) {
      const app = await this.applications.visible(carrier.applicationId, user).catch(() => undefined);
      if (!app || user.role === 'agency') continue;
      if (user.role !== 'staff') return file;
      if ((await this.staffKinds(app.id, app.catalogVersion, user.provider!)).has(carrier.kind)) return file;
    }
    throw notFound();
  }
}
