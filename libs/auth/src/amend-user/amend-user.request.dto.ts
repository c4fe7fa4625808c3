import { PartialType, PickType } from '@nestjs/swagger';
import { CreateUserRequestDto } from '../create-user/create-user.request.dto';

/**
 * Any of the profile fields; those left out stay as they are. A login may be given to a user
 * who has none (a machine user, or one migrated from users.sqlite); it never changes after.
 */
export class AmendUserRequestDto extends PartialType(
  PickType(CreateUserRequestDto, [
    'name',
    'login',
    'roles',
    'towns',
    'departments',
    'unitId',
  ] as const),
) {}
