export * from './core.module';
export * from './case-command.service';
export * from './deadline-policy.config';
