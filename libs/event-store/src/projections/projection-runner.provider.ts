import { Logger } from '@nestjs/common';
import type { FactoryProvider, InjectionToken } from '@nestjs/common';
import { EVENT_STORE } from '../event-store.port';
import type { EventStore } from '../event-store.port';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import type { ProjectionRunnerOptions } from './projection-runner';

export interface ProjectionProviderSpec<A extends unknown[]> {
  /** The runner's token: inject it for `status()` or `rebuild()`. */
  provide: InjectionToken;
  /** What the definition needs besides the event store. */
  inject: { [K in keyof A]: InjectionToken };
  useFactory: (store: EventStore, ...deps: A) => Projection;
  options?: Omit<ProjectionRunnerOptions, 'logger'>;
}

/**
 * A Nest provider that declares a projection: the runner it makes starts on bootstrap (unless
 * `follow: false`) and stops before shutdown, before RuntimeModule closes the event store.
 */
export function projectionRunnerProvider<A extends unknown[]>(
  spec: ProjectionProviderSpec<A>,
): FactoryProvider<ProjectionRunner> {
  return {
    provide: spec.provide,
    inject: [EVENT_STORE, ...spec.inject],
    useFactory: (store: EventStore, ...deps: A) => {
      const projection = spec.useFactory(store, ...deps);
      const logger = new Logger(ProjectionRunner.name);
      return new ProjectionRunner(store, projection, { ...spec.options, logger });
    },
  };
}
