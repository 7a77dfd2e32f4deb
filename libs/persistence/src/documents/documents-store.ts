import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DocumentKind, DocumentRef } from '../../../domain/src/documents/documents';
import type { ObjectStore } from './object-store';

export interface StoredDocument {
  id: string;
  ownerId: string;
  kind: DocumentKind;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
}

const columns = `id, owner_id AS "ownerId", kind, filename, media_type AS "mediaType", size, sha256, uploaded_at AS "uploadedAt"`;

/**
 * The files themselves: their bytes in Postgres (bytea) by default, or in an S3-compatible object
 * store when one is given (DOCUMENT_STORE=s3); their description always in the documents table.
 * Uploaded before they are used; the events name them by id with their SHA-256, so a file and the
 * record of it can always be matched.
 */
export class DocumentsStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly objects?: ObjectStore,
  ) {}

  async save(file: { ownerId: string; kind: DocumentKind; filename: string; mediaType: string; content: Buffer }) {
    const id = randomUUID();
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    // In the object store first: a row never points at bytes that are not there.
    const location = this.objects ? await this.objects.put(id, file.content, file.mediaType, sha256) : null;
    const [row]: StoredDocument[] = await this.dataSource.query(
      `INSERT INTO documents (id, owner_id, kind, filename, media_type, size, sha256, content, location)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${columns}`,
      [
        id,
        file.ownerId,
        file.kind,
        file.filename,
        file.mediaType,
        file.content.length,
        sha256,
        location ? null : file.content,
        location,
      ],
    );
    return row;
  }

  async find(ids: string[]): Promise<StoredDocument[]> {
    if (!ids.length) return [];
    return this.dataSource.query(`SELECT ${columns} FROM documents WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async content(id: string): Promise<(StoredDocument & { content: Buffer }) | undefined> {
    const [row] = await this.dataSource.query(`SELECT ${columns}, content, location FROM documents WHERE id = $1`, [
      id,
    ]);
    if (!row || row.content) return row;
    if (!this.objects)
      throw new Error(`document ${id} is in the object store (${row.location}), which is not configured`);
    return { ...row, content: await this.objects.get(row.location) };
  }

  /**
   * The files a form or supplement names, as the events record them: each must be the applicant's
   * own; the kind is the one named now. Unknown or another's → the indexes of the bad entries.
   */
  async resolve(
    ownerId: string,
    refs: { id: string; kind: DocumentKind }[],
  ): Promise<{ refs: DocumentRef[]; unknown: number[] }> {
    const found = new Map((await this.find(refs.map((r) => r.id))).map((d) => [d.id, d]));
    const unknown: number[] = [];
    const resolved = refs.flatMap((r, i) => {
      const d = found.get(r.id);
      if (!d || d.ownerId !== ownerId) {
        unknown.push(i);
        return [];
      }
      return [{ id: d.id, kind: r.kind, filename: d.filename, mediaType: d.mediaType, size: d.size, sha256: d.sha256 }];
    });
    return { refs: resolved, unknown };
  }
}
