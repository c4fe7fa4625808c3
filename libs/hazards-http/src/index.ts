export * from './hazard-commands.module';
export * from './shared/command-result.response.dto';
export * from './shared/command-request.decorator';
export * from './shared/keyed-command';
export * from './shared/api-case-command.decorator';
