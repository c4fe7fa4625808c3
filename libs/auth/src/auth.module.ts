import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthFailureThrottle } from './auth-failure.throttle';
import { AuthGuard } from './auth.guard';
import { CreateUserHttpController } from './create-user/create-user.http.controller';
import { UsersService } from './users.service';

/** Bearer-token authentication on every route, users and their tokens. */
@Global()
@Module({
  controllers: [CreateUserHttpController],
  providers: [UsersService, AuthFailureThrottle, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [UsersService],
})
export class AuthModule {}
