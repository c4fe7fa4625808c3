import { PassThrough } from 'node:stream';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { DEFAULT_LANGUAGE, LIST_WORDS } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { HazardListPageResponseDto } from '../shared/campaign.response.dto';
import { HazardListQueries } from '../queries/hazard-lists.queries';
import type { HazardListEntry, HazardListKind } from '../queries/hazard-lists.queries';
import type { Page } from '../queries/campaign-scope';
import { DEFAULT_PAGE_SIZE } from '../shared/cursor-paging.dto';
import { HazardListRequestDto } from './hazard-list.request.dto';
import { writeHazardListWorkbook } from './hazard-list.workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const LIST_ANSWER = {
  description: '{ items, nextCursor }, or with format=xlsx the workbook',
  content: {
    'application/json': { schema: { $ref: getSchemaPath(HazardListPageResponseDto) } },
    [XLSX]: { schema: { type: 'string', format: 'binary' } },
  },
};

@ApiTags('lists')
@ApiExtraModels(HazardListPageResponseDto)
@ApiBearerAuth()
@Controller('api/lists')
export class HazardListsHttpController {
  constructor(private readonly lists: HazardListQueries) {}

  @Get('hazards')
  @ApiOperation({
    summary:
      '隐患问题清单：每项未销号的隐患（一般隐患与重大隐患）；?format=xlsx 导出 / the hazard list',
  })
  @ApiOkResponse(LIST_ANSWER)
  @ApiProblems(401, 422)
  hazards(
    @Query() query: HazardListRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<HazardListEntry> | StreamableFile> {
    return this.answer('hazards', query, actor);
  }

  @Get('rectifications')
  @ApiOperation({
    summary:
      '整改销号清单：每项已整改验收销号的隐患，含验收人与时间；?format=xlsx 导出 / the rectification-and-closure ledger',
  })
  @ApiOkResponse(LIST_ANSWER)
  @ApiProblems(401, 422)
  rectifications(
    @Query() query: HazardListRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<HazardListEntry> | StreamableFile> {
    return this.answer('rectifications', query, actor);
  }

  private async answer(
    list: HazardListKind,
    { town, industryAuthority, format, lang, pageSize, cursor }: HazardListRequestDto,
    actor: Actor,
  ): Promise<Page<HazardListEntry> | StreamableFile> {
    const scope = { town, industryAuthority };
    if (format !== 'xlsx') {
      return this.lists.page(list, actor, scope, {
        pageSize: pageSize ?? DEFAULT_PAGE_SIZE,
        cursor,
      });
    }
    const language = lang ?? DEFAULT_LANGUAGE;
    const name = `${LIST_WORDS[list][language]}${town ? `-${town}` : ''}${industryAuthority ? `-${industryAuthority}` : ''}.xlsx`;
    const out = new PassThrough();
    writeHazardListWorkbook(out, list, this.lists.all(list, actor, scope), language).catch(
      (error: unknown) => out.destroy(error as Error),
    );
    return new StreamableFile(out, {
      type: XLSX,
      disposition: `attachment; filename="${list}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }
}
