import type { FieldRule } from './field-rules';

/** What kind of text a field holds: one line (names, numbers, titles) or free text. */
export interface TextKind {
  maxLength: number;
  /** Free text keeps line breaks and tabs; one-line fields allow no control character at all. */
  multiline?: boolean;
}

// With the `u` flag a well-formed pair is one code point, so only unpaired halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES_AND_TABS = /[^\P{Cc}\n\t]/u;
// Embeddings, overrides and isolates make a record display otherwise than it reads.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// Whitespace and the characters that render as nothing (zero-width space and joiners, …).
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The one form text is stored in: line breaks as LF, NFC (so that the same words are the same
 * code points), no surrounding whitespace. Text that is not well-formed is left as sent, for
 * `textProblem` to refuse rather than repaired behind the sender's back.
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value !== 'string' || LONE_SURROGATE.test(value)) return value;
  return value.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

/** Why a (normalised) value is not acceptable text of this kind, or null when it is. */
export function textProblem(value: unknown, kind: TextKind): FieldRule | null {
  if (value === undefined) return 'required';
  if (value === null) return 'notNull';
  if (typeof value !== 'string') return 'notString';
  if (LONE_SURROGATE.test(value)) return 'loneSurrogate';
  if (kind.multiline ? CONTROL_BUT_LINES_AND_TABS.test(value) : CONTROL.test(value)) {
    return kind.multiline ? 'controlCharacter' : 'lineBreak';
  }
  if (BIDI_CONTROL.test(value)) return 'bidiControl';
  if (value.replace(INVISIBLE, '') === '') return 'blank';
  if ([...value].length > kind.maxLength) return 'tooLong';
  return null;
}
