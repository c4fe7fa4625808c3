import type { DigestDocument, DigestTable } from './digest-document';

/**
 * Cells hold user text (titles, names, towns): every character with a meaning in Markdown or
 * HTML is escaped, so a title cannot become a link, an image fetched from elsewhere, markup or
 * a broken table, and the cell stays on one line.
 */
const cell = (text: string) =>
  text.replace(/[\\`*_[\]()<>!&|~#$]/g, '\\$&').replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');

const table = ({ head, rows, numeric }: DigestTable): string[] => [
  `| ${head.map(cell).join(' | ')} |`,
  `| ${head.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join(' | ')} |`,
  ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
];

export function renderMarkdown(doc: DigestDocument): string {
  const lines = [`# ${doc.title}`, '', doc.period];
  if (doc.note) lines.push('', `> ${doc.note}`);
  lines.push('', `**${doc.headline}**`, '', doc.weekSummary);
  for (const section of doc.sections) {
    lines.push('', `## ${section.heading}`);
    for (const paragraph of section.paragraphs) lines.push('', paragraph);
    if (section.table) lines.push('', ...table(section.table));
  }
  return `${lines.join('\n')}\n`;
}
