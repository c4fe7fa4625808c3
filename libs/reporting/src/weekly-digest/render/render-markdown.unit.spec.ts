import type { DigestDocument } from './digest-document';
import { renderMarkdown } from './render-markdown';

const withTitle = (title: string): DigestDocument => ({
  lang: 'en',
  title: 'Digest',
  period: 'period',
  headline: 'headline',
  weekSummary: 'summary',
  note: null,
  sections: [
    {
      heading: 'New listings',
      paragraphs: [],
      table: { head: ['Notice', 'Title'], rows: [['N-1', title]], numeric: [] },
    },
  ],
});

const rowOf = (title: string) =>
  renderMarkdown(withTitle(title))
    .split('\n')
    .find((line) => line.startsWith('| N-1'));

describe('the Markdown digest keeps user text as text', () => {
  it.each([
    ['a link', '[点击](javascript:alert(1))', '| N-1 | \\[点击\\]\\(javascript:alert\\(1\\)\\) |'],
    [
      'a remote image',
      '![x](http://example.test/t.png)',
      '| N-1 | \\!\\[x\\]\\(http://example.test/t.png\\) |',
    ],
    ['an autolink', '<http://example.test>', '| N-1 | \\<http://example.test\\> |'],
    ['HTML', '<img src=x onerror=alert(1)>', '| N-1 | \\<img src=x onerror=alert\\(1\\)\\> |'],
    ['an entity', '&lt;b&gt;', '| N-1 | \\&lt;b\\&gt; |'],
    ['a pipe and emphasis', 'a | *b* _c_ `d`', '| N-1 | a \\| \\*b\\* \\_c\\_ \\`d\\` |'],
    ['a line break', '第一行\n## 第二行', '| N-1 | 第一行 \\#\\# 第二行 |'],
  ])('escapes %s', (_what, title, row) => {
    expect(rowOf(title)).toBe(row);
  });

  it('leaves plain Chinese text as it is', () => {
    expect(rowOf('某石材厂承重墙开裂（南安委督〔2026〕1号）')).toBe(
      '| N-1 | 某石材厂承重墙开裂（南安委督〔2026〕1号） |',
    );
  });
});
