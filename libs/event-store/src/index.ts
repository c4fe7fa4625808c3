export * from './event-store.port';
export * from './errors';
export * from './catch-up-subscription';
export * from './sqlite/sqlite-event-store';
export * from './create-event-store';
export * from './checkpoints/checkpoint-store';
export * from './checkpoints/sqlite-checkpoint-store';
export * from './checkpoints/checkpointed-subscription';
