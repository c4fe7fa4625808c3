import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { CLOCK, DEFAULT_DEADLINE_POLICY, systemClock } from '@hazard/domain';
import { createEventStore, EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { validateEnvironment } from '@hazard/config';
import type { Environment } from '@hazard/config';
import { CaseCommandService } from './case-command.service';
import { DEADLINE_POLICY } from './tokens';

/** Configuration, the event store, the clock and command handling: what every app needs. */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
  ],
  providers: [
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        createEventStore({
          dataDir: config.get('DATA_DIR', { infer: true }),
          eventStoreConnectionString: config.get('EVENTSTORE_CONNECTION_STRING', { infer: true }),
        }),
    },
    { provide: CLOCK, useValue: systemClock },
    { provide: DEADLINE_POLICY, useValue: DEFAULT_DEADLINE_POLICY },
    CaseCommandService,
  ],
  exports: [EVENT_STORE, CLOCK, DEADLINE_POLICY, CaseCommandService],
})
export class CoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
