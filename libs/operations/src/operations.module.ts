import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Logger, Module } from '@nestjs/common';
import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DAILY_REPORT_QUEUE } from '@hazard/campaign';
import { MOUNTED_PATHS } from '@hazard/http';
import { WEBHOOK_QUEUE } from '@hazard/notifications';
import { METRICS_PATH, MetricsPortModule } from '@hazard/observability';
import { QueueRootModule } from '@hazard/queue';
import { WEEKLY_DIGEST_QUEUE } from '@hazard/reporting';
import { DEADLINES_QUEUE } from '@hazard/scheduling';
import { AdminGateMiddleware } from './admin-gate.middleware';
import { QUEUE_BOARD_PATH } from './operations-paths';
import { operatorPagesDocs } from './operator-pages.docs';
import { OBSERVED_QUEUES, OperatorPages } from './operator-pages';

const QUEUES = [DEADLINES_QUEUE, WEBHOOK_QUEUE, WEEKLY_DIGEST_QUEUE, DAILY_REPORT_QUEUE];

/** What an operator looks at: GET /metrics and the queue view at /admin/queues (admins only). */
@Module({
  imports: [
    QueueRootModule,
    MetricsPortModule,
    BullModule.registerQueue(...QUEUES.map((name) => ({ name }))),
  ],
  providers: [
    {
      provide: OBSERVED_QUEUES,
      inject: QUEUES.map((name) => getQueueToken(name)),
      useFactory: (...queues: Queue[]) => {
        // Without a listener a lost Redis connection is an unhandled 'error' that ends the process.
        const logger = new Logger('OperatorPages');
        for (const queue of queues) {
          queue.on('error', (error) => logger.warn(`queue ${queue.name}: ${error.message}`));
        }
        return queues;
      },
    },
    OperatorPages,
    {
      provide: MOUNTED_PATHS,
      inject: [OperatorPages],
      useFactory: (pages: OperatorPages) => operatorPagesDocs(pages.metricsOnApiPort),
    },
  ],
})
export class OperationsModule implements NestModule {
  constructor(private readonly pages: OperatorPages) {}

  configure(consumer: MiddlewareConsumer): void {
    const paths = [QUEUE_BOARD_PATH, `${QUEUE_BOARD_PATH}/{*rest}`];
    if (this.pages.metricsOnApiPort) paths.push(METRICS_PATH);
    consumer.apply(AdminGateMiddleware).forRoutes(...paths);
  }
}
