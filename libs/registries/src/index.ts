export * from './registries.module';
export * from './registry.service';
