import { Injectable } from '@nestjs/common';
import type { PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UserNotFoundError } from '../users/user-errors';

/** User ids are server-made UUIDs; anything else names no user. */
@Injectable()
export class UserIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new UserNotFoundError(value.slice(0, 100));
    return value;
  }
}
