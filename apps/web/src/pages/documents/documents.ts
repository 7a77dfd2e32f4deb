import { currentToken } from '../../auth';
import { ApiFailure, type ApiErrorBody } from '../../api/client';

export interface UploadedDocument {
  id: string;
  kind: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface AttachedDocument extends UploadedDocument {
  via: string;
  attachedAt: string;
}

/** Sends a file's bytes to POST /api/v1/documents; the API tells its type by its content. */
export async function uploadDocument(file: File, kind: string): Promise<UploadedDocument> {
  const response = await fetch(`/api/v1/documents?kind=${kind}&filename=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${currentToken()}`, 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json()) as UploadedDocument | ApiErrorBody;
  if (!response.ok) throw new ApiFailure(response.status, (body as ApiErrorBody).error);
  return body as UploadedDocument;
}

/** "1.2 MB", "340 KB". */
export const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
