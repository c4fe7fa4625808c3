import type { CliCommand } from '../cli-command';

const PROGRESS_EVERY_MS = 1000;

export const reconcileCommand: CliCommand = {
  name: 'reconcile',
  summary: "Recompute every open case's deadline jobs from the events and make Redis match",
  usage:
    'Missing jobs are added, stale ones removed; safe while the system runs (e.g. after Redis lost its data).\nProgress goes to stderr: cases done / total.',
  options: {},
  imports: async () => [(await import('@hazard/scheduling')).DeadlineSchedulingModule],
  async run(app) {
    const { DeadlineReconciler } = await import('@hazard/scheduling');
    const started = Date.now();
    let shownAt = 0;
    process.stderr.write('finding open cases…\n');
    const report = await app.get(DeadlineReconciler).run({
      onProgress: (done, total) => {
        if (done < total && Date.now() - shownAt < PROGRESS_EVERY_MS) return;
        shownAt = Date.now();
        process.stderr.write(
          `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} cases\n`,
        );
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `reconciled ${report.cases} open cases in ${seconds} s: ${report.jobs} pending jobs, ${report.added} added, ${report.removed} stale removed\n`,
    );
    return 0;
  },
};
