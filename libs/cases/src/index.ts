export * from './case-stream';
export * from './handle-command';
export * from './handle-case-command';
export * from './load-case';
export * from './folded-streams';
export * from './campaign-streams';
export * from './notice-number-claims';
