import type { DigestDocument, DigestTable } from './digest-document';

/** Keeps a cell on one line and stops `|` or HTML in user text from breaking the table. */
const cell = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');

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
