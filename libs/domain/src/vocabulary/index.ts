export * from './language';
export * from './case-vocabulary';
