import type { ProjectionRunner, RebuildProgress } from '@hazard/event-store';
import type { CliCommand } from '../cli-command';

const PROGRESS_EVERY_MS = 1000;

const line = ({ done, total, elapsedMs }: RebuildProgress): string => {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const rate = Math.round(done / Math.max(elapsedMs / 1000, 0.001));
  return `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} events (${percent}%), ${rate.toLocaleString('en-US')} events/s`;
};

export const rebuildReadModelsCommand: CliCommand = {
  name: 'rebuild-read-models',
  summary: 'Drop every read model and replay all events into it (stop the API first)',
  usage: 'Progress goes to stderr: events done / total and the rate.',
  options: {},
  imports: async () => [
    (await import('@hazard/read-models')).ReadModelsModule.forRoot({ runProjection: false }),
  ],
  async run(app) {
    const { HAZARD_CASES_RUNNER } = await import('@hazard/read-models');
    const runner = app.get<ProjectionRunner>(HAZARD_CASES_RUNNER);
    let shownAt = 0;
    process.stderr.write('counting events…\n');
    const result = await runner.rebuild((progress) => {
      if (Date.now() - shownAt < PROGRESS_EVERY_MS) return;
      shownAt = Date.now();
      process.stderr.write(`${line(progress)}\n`);
    });
    process.stderr.write(`done: ${line(result)} in ${(result.elapsedMs / 1000).toFixed(1)} s\n`);
    return 0;
  },
};
