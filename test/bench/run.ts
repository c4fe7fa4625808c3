import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench`: runs every `*.bench.js` beside this file (compiled from `*.bench.ts`) in
 * name order. Each exports `run(report)`; figures are printed, never asserted.
 */
export type Report = (
  section: string,
  figure: string,
  value: number | string,
  unit?: string,
) => void;

const report: Report = (section, figure, value, unit = '') => {
  const shown =
    typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : value;
  console.log(`${section.padEnd(14)} ${figure.padEnd(60)} ${shown} ${unit}`.trimEnd());
};

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => !only || f.includes(only))
    .sort();
  for (const file of files) {
    const bench = (await import(join(__dirname, file))) as { run(report: Report): Promise<void> };
    console.log(`\n== ${file.replace('.bench.js', '')}`);
    await bench.run(report);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
