import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { currentToken, sessionEnded } from '../auth';

/** The API's error shape: every problem with its field path and rule. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    messageZh?: string;
    details: { path: string; rule: string; message: string; messageZh?: string; params?: Record<string, unknown> }[];
  };
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody['error'],
  ) {
    super(body.message);
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = currentToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) sessionEnded();
    return response;
  },
};

/** The typed client, generated from the API's OpenAPI document (npm run web:client). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** The data of a reply, or an ApiFailure carrying the API's own error. */
export async function ok<T>(
  reply: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  const { data, error, response } = await reply;
  if (!response.ok) {
    const body = (error as ApiErrorBody | undefined)?.error ?? {
      code: 'unavailable',
      message: `${response.status} ${response.statusText}`,
      details: [],
    };
    throw new ApiFailure(response.status, body);
  }
  return data as NonNullable<T>;
}

/** A CSV file as a request's body, sent as it is (the API checks it line by line). */
export async function csvBody(file: File) {
  return {
    body: (await file.text()) as never,
    bodySerializer: (text: unknown) => text as string,
    headers: { 'content-type': 'text/csv' },
  };
}
