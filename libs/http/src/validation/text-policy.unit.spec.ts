import { normalizeText, textProblem } from './text-policy';

const line = { maxLength: 10 };
const free = { maxLength: 10, multiline: true };

describe('normalizeText', () => {
  it.each([
    ['composes to NFC', 'Cafe\u0301', 'Caf\u00e9'],
    ['trims surrounding whitespace, ideographic spaces included', '\u3000 名称 \n', '名称'],
    ['turns CRLF and CR into LF', 'a\r\nb\rc', 'a\nb\nc'],
  ])('%s', (_what, input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('leaves text with an unpaired surrogate as sent, for the check to refuse', () => {
    expect(normalizeText(' a\ud800 ')).toBe(' a\ud800 ');
  });

  it('leaves what is not a string alone', () => {
    expect(normalizeText(42)).toBe(42);
  });
});

describe('textProblem', () => {
  it.each([
    ['missing', undefined, line, 'required'],
    ['null', null, line, 'notNull'],
    ['a number', 42, line, 'notString'],
    ['an unpaired surrogate', 'a\udc00', free, 'loneSurrogate'],
    ['NUL in free text', 'a\u0000', free, 'controlCharacter'],
    ['ESC in free text', '\u001b[0m', free, 'controlCharacter'],
    ['a line break in a one-line field', 'a\nb', line, 'lineBreak'],
    ['a tab in a one-line field', 'a\tb', line, 'lineBreak'],
    ['a C1 control', 'a\u0085', free, 'controlCharacter'],
    ['a bidi override', '\u202eabc', line, 'bidiControl'],
    ['zero-width characters only', '\u200b\u200d\ufeff', line, 'blank'],
    ['11 characters', '一二三四五六七八九十一', line, 'tooLong'],
  ])('refuses %s', (_what, value, kind, rule) => {
    expect(textProblem(value, kind)).toBe(rule);
  });

  it.each([
    ['line breaks and tabs in free text', '第一行\n\t第二行', free],
    ['emoji: a surrogate pair, and a joiner inside visible text', '👩‍🚒 消防', line],
    ['10 characters counted by code point', '😀😀😀😀😀😀😀😀😀😀', line],
  ])('accepts %s', (_what, value, kind) => {
    expect(textProblem(value, kind)).toBeNull();
  });
});
