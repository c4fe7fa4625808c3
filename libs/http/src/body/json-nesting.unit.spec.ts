import { jsonNestingDepth } from './json-nesting';

const depth = (text: string, limit = 100) => jsonNestingDepth(Buffer.from(text), limit);

describe('jsonNestingDepth', () => {
  it.each([
    ['a scalar', '"x"', 0],
    ['a flat object', '{"a":1,"b":[1,2]}', 2],
    ['nested objects and arrays', '{"a":{"b":[{"c":[]}]}}', 5],
    ['brackets inside strings', '{"a":"[[[{{{"}', 1],
    ['escaped quotes inside strings', '{"a":"\\"[[[\\\\"}', 1],
    ['CJK text around brackets', '{"标题":["【一】","〔二〕"]}', 2],
  ])('%s', (_what, text, expected) => {
    expect(depth(text)).toBe(expected);
  });

  it('stops counting once past the limit, without recursion', () => {
    const deep = '['.repeat(1_000_000);
    expect(jsonNestingDepth(Buffer.from(deep), 16)).toBe(17);
  });
});
