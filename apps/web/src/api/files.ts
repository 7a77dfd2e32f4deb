import { currentToken } from '../auth';
import { ApiFailure, type ApiErrorBody } from './client';

/**
 * Fetches a file the API makes (a receipt, an export) with the session's token and hands it to
 * the browser as a download: a plain link cannot carry the bearer token.
 */
export async function download(path: string, filename: string, accept?: string): Promise<void> {
  const response = await fetch(path, {
    headers: { authorization: `Bearer ${currentToken()}`, ...(accept ? { accept } : {}) },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
    throw new ApiFailure(
      response.status,
      body?.error ?? { code: 'unavailable', message: response.statusText, details: [] },
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
