/**
 * Substring search over a case's title, unit name and notice number, Chinese included, on
 * SQLite FTS5. FTS5's own `trigram` tokenizer cannot match a query shorter than three
 * characters, yet two-character words (裂缝, 燃气, 石材) are what people type most; so each
 * text is indexed as the overlapping pairs of its letters and digits ("石材厂" → 石材 材厂 厂,
 * the last character alone so that a one-character query finds it too), and a query becomes
 * the phrase of its own pairs: adjacent pairs in the index are exactly a substring of the text.
 * Letters are compared in NFKC lower case (全角 ２０２６ finds 2026); spaces and punctuation
 * (〔〕, brackets, dashes) are left out of both sides, so "2026〕17号" and "2026 17号" match alike.
 */

const characters = (text: string): string[] =>
  [...text.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));

function pairs(text: string): string[] {
  const chars = characters(text);
  if (chars.length === 0) return [];
  return [...chars.slice(0, -1).map((c, i) => c + chars[i + 1]), chars[chars.length - 1]];
}

/**
 * What the index holds for one case. A field's lone last character ends its run of pairs, so
 * no query phrase (pairs only) can run from one field into the next.
 */
export const searchTerms = (fields: string[]): string => fields.flatMap(pairs).join(' ');

/**
 * The FTS5 MATCH expression for what a user typed, or null when it holds no letter or digit.
 * Terms are only letters and digits, so quoting them is all the escaping FTS5 needs.
 */
export function searchMatch(query: string): string | null {
  const chars = characters(query);
  if (chars.length === 0) return null;
  if (chars.length === 1) return `"${chars[0]}"*`;
  return `"${chars
    .slice(0, -1)
    .map((c, i) => c + chars[i + 1])
    .join(' ')}"`;
}
