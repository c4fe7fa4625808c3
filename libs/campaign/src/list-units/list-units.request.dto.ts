import { QueryBoolean, TextField } from '@hazard/http';
import { JurisdictionPageDto } from '../shared/jurisdiction-page.dto';

export class ListUnitsRequestDto extends JurisdictionPageDto {
  @TextField({ maxLength: 50, example: '个体工商户', description: '单位类别', optional: true })
  category?: string;

  @TextField({
    maxLength: 100,
    example: '石材',
    description: '名称的一部分，或完整的信用代码、其他标识 / part of the name, or an identifier',
    optional: true,
  })
  q?: string;

  @QueryBoolean('Open units (true) or closed ones (false)')
  active?: boolean;
}
