export * from './environment';
export * from './env-file';
