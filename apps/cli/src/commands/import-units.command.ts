import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ImportMode } from '@hazard/campaign';
import { LANGUAGES } from '@hazard/domain';
import type { Actor, Language } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { CliUsageError } from '../cli-command';
import type { CliCommand } from '../cli-command';

const PROGRESS_EVERY_MS = 1000;
const CLI_IMPORTER: Actor = {
  userId: 'system:cli',
  name: 'Admin CLI',
  roles: ['admin'],
  towns: [],
  departments: [],
};

export const importUnitsCommand: CliCommand = {
  name: 'import-units',
  summary: 'Import units (生产经营单位) from an .xlsx or .csv file, printing progress',
  usage: [
    '--file <units.xlsx|units.csv> [--mode allOrNothing|rowByRow] [--lang zh-CN|en]',
    'allOrNothing (default): any bad row and nothing is written; rowByRow: good rows in, bad rows out',
    'progress (rows done / total, rate) goes to stderr; the outcome, every rejected row with its',
    'row number, column and reason, as JSON on stdout; the exit code is 1 if any row was rejected',
  ].join('\n'),
  options: { file: { type: 'string' }, mode: { type: 'string' }, lang: { type: 'string' } },
  imports: async () => [(await import('@hazard/campaign')).CampaignCommandsModule],
  async run(app, values) {
    const { UnitImportService, unitImportStreamId, unitImportView } =
      await import('@hazard/campaign');
    const { EVENT_STORE } = await import('@hazard/event-store');
    const file = typeof values.file === 'string' ? values.file : '';
    const format = extname(file).toLowerCase().slice(1);
    if (format !== 'xlsx' && format !== 'csv') {
      throw new CliUsageError('--file must name an .xlsx or .csv file');
    }
    const mode = (values.mode ?? 'allOrNothing') as ImportMode;
    if (mode !== 'allOrNothing' && mode !== 'rowByRow') {
      throw new CliUsageError('--mode must be allOrNothing or rowByRow');
    }
    const lang = (values.lang ?? 'zh-CN') as Language;
    if (!LANGUAGES.includes(lang)) throw new CliUsageError('--lang must be zh-CN or en');
    const started = Date.now();
    let shownAt = 0;
    const { importId, finished } = await app
      .get(UnitImportService)
      .start(
        { body: readFileSync(file), format, fileName: basename(file) },
        mode,
        CLI_IMPORTER,
        ({ done }, total) => {
          if (done < total && Date.now() - shownAt < PROGRESS_EVERY_MS) return;
          shownAt = Date.now();
          const rate = Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
          process.stderr.write(
            `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s\n`,
          );
        },
      );
    const counts = await finished;
    const events = await app.get<EventStore>(EVENT_STORE).read(unitImportStreamId(importId));
    process.stdout.write(`${JSON.stringify(unitImportView(importId, events, lang), null, 2)}\n`);
    return counts.rejected > 0 ? 1 : 0;
  },
};
