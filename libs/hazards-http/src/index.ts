export * from './hazard-commands.module';
export * from './shared/command-result.response.dto';
