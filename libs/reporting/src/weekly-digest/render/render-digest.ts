import type { WeeklyDigest } from '../weekly-digest.model';
import { digestDocument } from './digest-document';
import { digestJson } from './digest-json';
import { labelsFor } from './digest-labels';
import type { DigestLang } from './digest-labels';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

export const DIGEST_FORMATS = ['json', 'md', 'html'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

export interface RenderedDigest {
  contentType: string;
  body: string;
}

const CONTENT_TYPES: Record<DigestFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export function renderDigest(
  digest: WeeklyDigest,
  format: DigestFormat,
  lang: DigestLang,
): RenderedDigest {
  if (format === 'json') {
    return { contentType: CONTENT_TYPES.json, body: JSON.stringify(digestJson(digest, lang)) };
  }
  const doc = digestDocument(digest, labelsFor(lang), lang);
  return {
    contentType: CONTENT_TYPES[format],
    body: format === 'md' ? renderMarkdown(doc) : renderHtml(doc),
  };
}
