import { createHash } from 'node:crypto';
import type { DigestDocument, DigestTable } from './digest-document';

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Self-contained and printable: inline CSS, no scripts, fonts or images from anywhere. */
const STYLE = `
  body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
         color: #111; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.5; }
  h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
  h2 { font-size: 1.1rem; margin-top: 1.75rem; border-bottom: 1px solid #999; }
  .period { color: #444; margin-top: 0; }
  .headline { font-size: 1.1rem; font-weight: 600; }
  .note { border-left: 4px solid #c60; padding-left: 0.75rem; color: #842; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #eee; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10.5pt; }
    h2 { break-after: avoid; }
    tr { break-inside: avoid; }
    thead { display: table-header-group; }
    th { background: none; }
  }
`;

/**
 * The page needs nothing but its own style sheet, named by its hash: even text that escaped
 * escaping could neither run a script, load anything, nor add a style of its own.
 */
export const HTML_DIGEST_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const table = ({ head, rows, numeric }: DigestTable): string => {
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  const headRow = head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const bodyRows = rows
    .map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${headRow}</tr></thead>\n<tbody>\n${bodyRows}\n</tbody>\n</table>`;
};

export function renderHtml(doc: DigestDocument): string {
  const sections = doc.sections.map((s) =>
    [
      `<section>\n<h2>${escapeHtml(s.heading)}</h2>`,
      ...s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      s.table ? table(s.table) : '',
      '</section>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="period">${escapeHtml(doc.period)}</p>`,
    doc.note ? `<p class="note">${escapeHtml(doc.note)}</p>` : '',
    `<p class="headline">${escapeHtml(doc.headline)}</p>`,
    `<p>${escapeHtml(doc.weekSummary)}</p>`,
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
