export * from './auth.decorators';
export * from './auth.guard';
export * from './auth.module';
export * from './authenticated-request';
export * from './token';
export * from './user';
export * from './users.service';
