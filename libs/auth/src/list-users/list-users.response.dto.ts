import { ApiProperty } from '@nestjs/swagger';
import { UserResponseDto } from '../shared/user.response.dto';

export class ListUsersResponseDto {
  @ApiProperty({ type: [UserResponseDto] })
  items!: UserResponseDto[];
}
