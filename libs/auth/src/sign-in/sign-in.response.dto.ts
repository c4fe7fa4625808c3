import { ApiProperty } from '@nestjs/swagger';
import { MeResponseDto } from '../shared/me.response.dto';

export class SignInResponseDto {
  @ApiProperty({ type: MeResponseDto })
  user!: MeResponseDto;
}
