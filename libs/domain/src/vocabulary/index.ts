export * from './language';
export * from './case-vocabulary';
export * from './case-list-vocabulary';
