import type { WeeklyDigest } from '../weekly-digest.model';
import { digestDocument } from './digest-document';
import type { DigestDocument } from './digest-document';
import { digestJson } from './digest-json';
import { labelsFor } from './digest-labels';
import type { Language } from '@hazard/domain';
import { HTML_DIGEST_CSP, renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

export const DIGEST_FORMATS = ['json', 'md', 'html'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

export interface RenderedDigest {
  contentType: string;
  body: string;
  /** A page's own Content-Security-Policy, stricter than the API's. */
  contentSecurityPolicy?: string;
}

const CONTENT_TYPES: Record<DigestFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** A report as JSON (its model), Markdown or printable HTML (its document, laid out once). */
export function renderReport(
  format: DigestFormat,
  json: () => unknown,
  document: () => DigestDocument,
): RenderedDigest {
  if (format === 'json') return { contentType: CONTENT_TYPES.json, body: JSON.stringify(json()) };
  const doc = document();
  if (format === 'md') return { contentType: CONTENT_TYPES.md, body: renderMarkdown(doc) };
  return {
    contentType: CONTENT_TYPES.html,
    body: renderHtml(doc),
    contentSecurityPolicy: HTML_DIGEST_CSP,
  };
}

export const renderDigest = (
  digest: WeeklyDigest,
  format: DigestFormat,
  lang: Language,
): RenderedDigest =>
  renderReport(
    format,
    () => digestJson(digest, lang),
    () => digestDocument(digest, labelsFor(lang), lang),
  );

/** Sends a rendering, with the HTML page's own Content-Security-Policy. */
export function sendRendered(
  response: {
    setHeader(name: string, value: string): unknown;
    type(t: string): { send(b: string): unknown };
  },
  rendered: RenderedDigest,
): void {
  if (rendered.contentSecurityPolicy) {
    response.setHeader('Content-Security-Policy', rendered.contentSecurityPolicy);
  }
  response.type(rendered.contentType).send(rendered.body);
}
