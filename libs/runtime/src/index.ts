export * from './runtime.module';
export * from './deadline-policy.config';
export * from './general-hazard-policy.config';
