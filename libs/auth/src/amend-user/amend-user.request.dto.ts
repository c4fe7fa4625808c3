import { PartialType, PickType } from '@nestjs/swagger';
import { CreateUserRequestDto } from '../create-user/create-user.request.dto';

/** Any of the profile fields; those left out stay as they are. */
export class AmendUserRequestDto extends PartialType(
  PickType(CreateUserRequestDto, ['name', 'roles', 'towns', 'departments'] as const),
) {}
