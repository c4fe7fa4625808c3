import type { Language } from '@hazard/domain/vocabulary';

/** RFC 7807 problem+json as the API sends it; 422 adds one entry per field. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}

/** A refused request: the API's own words (in the chosen language) travel with it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }

  get fieldErrors(): Array<{ field: string; message: string }> {
    return this.problem?.errors ?? [];
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A file sent as it is, with its own type (the unit import's spreadsheet), instead of JSON. */
  file?: Blob;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  /** The sign-in request itself answers 401 for a wrong password: that is no expired session. */
  expectUnauthorized?: boolean;
}

let language: Language = 'zh-CN';
let onSessionLost: () => void = () => undefined;

/** Every request asks for the API's messages in the language the user chose. */
export const setRequestLanguage = (next: Language): void => {
  language = next;
};

/** Called when a request answers 401: the session expired or was revoked. */
export const onUnauthorized = (handler: () => void): void => {
  onSessionLost = handler;
};

const csrfToken = (): string | undefined =>
  document.cookie
    .split('; ')
    .find((pair) => pair.startsWith('hz_csrf='))
    ?.slice('hz_csrf='.length);

export const withQuery = (path: string, query: RequestOptions['query'] = {}): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

/** A JSON request to the API on this origin, with the session cookie and its CSRF header. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
    ...options.headers,
  };
  if (method !== 'GET') {
    const csrf = csrfToken();
    if (csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf);
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.file) headers['Content-Type'] = options.file.type;
  const response = await fetch(withQuery(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  if (response.status === 204) return undefined as T;
  const json = /json/.test(response.headers.get('Content-Type') ?? '');
  const body: unknown = json ? await response.json() : await response.text();
  if (!response.ok) {
    if (response.status === 401 && !options.expectUnauthorized) onSessionLost();
    throw new ApiError(response.status, json ? (body as Problem) : null);
  }
  return body as T;
}
