import { TextField } from '@hazard/http';
import { CursorPagingDto } from './cursor-paging.dto';

/** A page within one town or one industry authority, or the caller's whole jurisdiction. */
export class JurisdictionPageDto extends CursorPagingDto {
  @TextField({ maxLength: 100, example: '水头镇', description: '乡镇 / town', optional: true })
  town?: string;

  @TextField({
    maxLength: 100,
    example: '工信局',
    description: '行业主管部门 / industry authority',
    optional: true,
  })
  industryAuthority?: string;
}
