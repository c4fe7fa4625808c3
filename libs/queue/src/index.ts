export * from './redis-options';
export * from './redis-namespace';
export * from './redis-namespace.provider';
export * from './redis-loss-detector';
export * from './install-identity';
export * from './queue-root.module';
export * from './report-schedule';
