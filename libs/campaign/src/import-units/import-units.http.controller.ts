import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import { DEFAULT_LANGUAGE } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { CurrentActor, Roles } from '@hazard/auth';
import { ApiProblems, preferredLanguage, spreadsheetFormatOf } from '@hazard/http';
import { RegistryService } from '@hazard/registries';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { UnitImportResponseDto } from '../shared/campaign.response.dto';
import { ImportTemplateRequestDto, ImportUnitsRequestDto } from './import-units.request.dto';
import { SPREADSHEET_TYPES, UnreadableSpreadsheetError } from './spreadsheet-rows';
import { unitImportStreamId } from './unit-import.events';
import { UnitImportService } from './unit-import.service';
import { unitImportTemplate } from './unit-import.template';
import { ImportNotFoundError, unitImportView } from './unit-import.view';
import type { UnitImportView } from './unit-import.view';

const REGISTRARS = ['admin', 'committee', 'hq', 'town', 'department'] as const;

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/units/imports')
export class ImportUnitsHttpController {
  constructor(
    private readonly imports: UnitImportService,
    private readonly registries: RegistryService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get('template')
  @ApiOperation({ summary: '下载导入模板（表头、示例行、名录）/ the import template' })
  @ApiProduces(...Object.values(SPREADSHEET_TYPES))
  @ApiOkResponse({
    description: 'An .xlsx (or, with format=csv, .csv) file',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblems(401, 422)
  async template(@Query() query: ImportTemplateRequestDto): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const lang = query.lang ?? this.config.get('DEFAULT_LANG', { infer: true }) ?? DEFAULT_LANGUAGE;
    const file = await unitImportTemplate(format, lang, await this.registries.all());
    const name = lang === 'en' ? `units-template.${format}` : `生产经营单位导入模板.${format}`;
    return new StreamableFile(file, {
      type: SPREADSHEET_TYPES[format],
      disposition: `attachment; filename="units-template.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }

  @Post()
  @HttpCode(202)
  @Roles(...REGISTRARS)
  @ApiOperation({
    summary:
      '导入生产经营单位（.xlsx 或 .csv 原始文件，Content-Type 注明类型）；202 后以 GET 查看进度 / import units from a spreadsheet',
  })
  @ApiConsumes(...Object.values(SPREADSHEET_TYPES))
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({
    type: UnitImportResponseDto,
    description: 'The import as it starts; Location: the import',
  })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  async start(
    @Query() query: ImportUnitsRequestDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentActor() actor: Actor,
  ): Promise<UnitImportView> {
    const format = spreadsheetFormatOf(request.headers['content-type']);
    const body = request.body as unknown;
    if (!format || !Buffer.isBuffer(body) || body.length === 0) {
      throw new UnreadableSpreadsheetError('send the .xlsx or .csv file as the request body');
    }
    const { importId } = await this.imports.start(
      { body, format, fileName: query.fileName ?? `units.${format}` },
      query.mode ?? 'allOrNothing',
      actor,
    );
    response.setHeader('Location', `/api/units/imports/${importId}`);
    return this.view(importId, request);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      '导入进度与结果：已完成/总行数，新增、更新、未变、拒绝的行（行号、列、原因）/ an import’s progress and rows',
  })
  @ApiOkResponse({ type: UnitImportResponseDto })
  @ApiProblems(401, 404)
  status(@Param('id') id: string, @Req() request: Request): Promise<UnitImportView> {
    return this.view(id, request);
  }

  private async view(id: string, request: Request): Promise<UnitImportView> {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new ImportNotFoundError(id.slice(0, 100));
    const lang = preferredLanguage(
      request.headers['accept-language'],
      this.config.get('DEFAULT_LANG', { infer: true }) ?? DEFAULT_LANGUAGE,
    );
    return unitImportView(id, await this.store.read(unitImportStreamId(id)), lang);
  }
}
