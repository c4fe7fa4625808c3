import { OmitType, PartialType } from '@nestjs/swagger';
import { RegisterUnitRequestDto } from '../register-unit/register-unit.request.dto';

/** Any field of the profile but its identity (the credit code or other identifier). */
export class AmendUnitRequestDto extends PartialType(
  OmitType(RegisterUnitRequestDto, ['creditCode', 'otherIdentifier'] as const),
) {}
