export * from './core.module';
export * from './case-command.service';
export * from './tokens';
export * from './deadline-policy.config';
