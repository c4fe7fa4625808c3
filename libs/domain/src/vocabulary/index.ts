export * from './language';
export * from './case-vocabulary';
export * from './case-list-vocabulary';
export * from './campaign-vocabulary';
export * from './time-words';
export * from './daily-vocabulary';
