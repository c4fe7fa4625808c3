export * from './logging/correlation';
export * from './logging/log-options';
export * from './logging/logging.module';
export * from './metrics/registry';
export * from './metrics/command-metrics';
export * from './metrics/projection-lag';
export * from './metrics/timed-appends';
export * from './metrics/http-metrics.middleware';
