import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

interface Probe {
  file: string;
  code: string;
}

/** The rules ESLint, with the repository's own configuration, reports for each probe. */
const lint = (probes: Probe[]): string[][] =>
  JSON.parse(
    execFileSync(process.execPath, [join(__dirname, 'lint-probes.mjs')], {
      cwd: ROOT,
      input: JSON.stringify(probes),
      encoding: 'utf8',
    }),
  ) as string[][];

const READS = [
  'export const town = (snapshot: { context: { town: string } }) => snapshot.context.town;',
  'export const state = (loaded: { snapshot: { value: string } }) => loaded.snapshot.value;',
  "export const open = (snapshot: { hasTag(t: string): boolean }) => snapshot.hasTag('open');",
  'export const f = (snapshot: { context: object }) => {\n  const { context } = snapshot;\n  return context;\n};',
  "import { majorHazardMachine } from '@hazard/workflows';\nexport const m = majorHazardMachine;",
  "import { foldCase } from '@hazard/domain';\nexport const t = (e: never[]) => foldCase(e).context;",
  "import { foldCase } from '@hazard/domain';\nexport const t = (e: never[]) => {\n  const { context } = foldCase(e);\n  return context;\n};",
];
const ASK =
  "import { caseFacts } from '@hazard/domain';\nexport const ask = (s: never) => caseFacts(s, { asOf: new Date(), policy: s });";

const restricted = (rules: string[]) =>
  rules.filter((rule) => /no-restricted-(syntax|imports)$/.test(rule));

describe('one owner of what a case means (ESLint)', () => {
  const outside = READS.map((code) => ({ file: 'libs/read-models/src/probe.ts', code }));
  const inDomain = READS.map((code) => ({ file: 'libs/domain/src/probe.ts', code }));
  const inMachine = READS.map((code) => ({ file: 'workflows/src/probe.ts', code }));
  const asking = [{ file: 'libs/reporting/src/probe.ts', code: ASK }];
  let results: string[][] = [];

  beforeAll(() => {
    results = lint([...outside, ...inDomain, ...inMachine, ...asking]);
  });

  it('refuses every read of the machine outside workflows/ and libs/domain', () => {
    const flagged = results.slice(0, READS.length).map((rules) => restricted(rules).length > 0);
    expect(flagged).toEqual(READS.map(() => true));
  });

  it('allows the same reads in the domain and in the machine', () => {
    const inside = results.slice(READS.length, 3 * READS.length).map(restricted);
    expect(inside).toEqual([...READS, ...READS].map(() => []));
  });

  it('lets other code ask the domain', () => {
    expect(results[3 * READS.length]).toEqual([]);
  });
});
