export * from './core.module';
export * from './case-command.service';
export * from './deadline-policy.config';
export * from './general-hazard-command.service';
export * from './general-hazard-policy.config';
