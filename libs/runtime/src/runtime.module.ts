import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { CLOCK, DEADLINE_POLICY, GENERAL_HAZARD_POLICY, systemClock } from '@hazard/domain';
import { createEventStore, EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { validateEnvironment } from '@hazard/config';
import { timeAppends } from '@hazard/observability';
import type { Environment } from '@hazard/config';
import { CaseCommandService, GeneralHazardCommandService } from '@hazard/commands';
import { deadlinePolicyFrom } from './deadline-policy.config';
import { generalHazardPolicyFrom } from './general-hazard-policy.config';

/** What every app runs on: configuration, the event store, the clock, the policies and the command services. */
@Global()
@Module({
  imports: [
    // The environment as the app's main left it: with `.env` loaded (loadEnvFile), or a test's.
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
  ],
  providers: [
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        timeAppends(
          createEventStore({
            dataDir: config.get('DATA_DIR', { infer: true }),
            eventStoreUrl: config.get('EVENTSTORE_URL', { infer: true }),
            eventStorePoolSize: config.get('EVENTSTORE_POOL_SIZE', { infer: true }),
            eventStoreConnectionString: config.get('EVENTSTORE_CONNECTION_STRING', { infer: true }),
          }),
        ),
    },
    { provide: CLOCK, useValue: systemClock },
    {
      provide: DEADLINE_POLICY,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        deadlinePolicyFrom({
          PLAN_DAYS_URGENT: config.get('PLAN_DAYS_URGENT', { infer: true }),
          PLAN_DAYS_SERIOUS: config.get('PLAN_DAYS_SERIOUS', { infer: true }),
          PLAN_DAYS_MINOR: config.get('PLAN_DAYS_MINOR', { infer: true }),
          PLAN_DAYS_DEFERRABLE: config.get('PLAN_DAYS_DEFERRABLE', { infer: true }),
          ACCEPTANCE_DAYS: config.get('ACCEPTANCE_DAYS', { infer: true }),
          REMINDER_DAYS_BEFORE: config.get('REMINDER_DAYS_BEFORE', { infer: true }),
          ESCALATION_INTERVAL_DAYS: config.get('ESCALATION_INTERVAL_DAYS', { infer: true }),
          DEADLINE_DAY_SECONDS: config.get('DEADLINE_DAY_SECONDS', { infer: true }),
          DEADLINE_CALENDAR: config.get('DEADLINE_CALENDAR', { infer: true }),
        }),
    },
    {
      provide: GENERAL_HAZARD_POLICY,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        generalHazardPolicyFrom({
          GENERAL_RECTIFICATION_DAYS: config.get('GENERAL_RECTIFICATION_DAYS', { infer: true }),
          VERIFICATION_DAYS: config.get('VERIFICATION_DAYS', { infer: true }),
          REMINDER_DAYS_BEFORE: config.get('REMINDER_DAYS_BEFORE', { infer: true }),
          DEADLINE_DAY_SECONDS: config.get('DEADLINE_DAY_SECONDS', { infer: true }),
        }),
    },
    CaseCommandService,
    GeneralHazardCommandService,
  ],
  exports: [
    EVENT_STORE,
    CLOCK,
    DEADLINE_POLICY,
    GENERAL_HAZARD_POLICY,
    CaseCommandService,
    GeneralHazardCommandService,
  ],
})
export class RuntimeModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
