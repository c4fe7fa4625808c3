export * from './operations.module';
export * from './operations-paths';
