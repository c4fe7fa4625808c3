import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { CurrentActor } from '@hazard/auth';
import { AcceptLanguage, ApiAcceptLanguage, ApiProblems, preferredLanguage } from '@hazard/http';
import { ExportHazardsRequestDto } from './export-hazards.request.dto';
import { HazardListExport } from './hazard-list.export';
import { DownloadAbortedError } from './sheet-writer';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('api/hazards/export')
export class HazardExportHttpController {
  private readonly logger = new Logger(HazardExportHttpController.name);

  constructor(
    private readonly exports: HazardListExport,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      '导出隐患问题清单（state=closed 时为整改销号清单），筛选条件与列表相同 / ' +
      'the hazard list as filtered, as an XLSX or CSV download',
    description:
      'Column headers in the language of Accept-Language. At most EXPORT_MAX_ROWS (100,000) ' +
      'rows: a larger selection is a 422 (export-too-large) before anything is sent.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiAcceptLanguage()
  @ApiOkResponse({
    description: 'The file, with Content-Disposition: attachment and its name',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblems(401, 422)
  async download(
    @Query() query: ExportHazardsRequestDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
    @AcceptLanguage() acceptLanguage?: string,
  ): Promise<void> {
    const { format, sort, ...filter } = query;
    try {
      await this.exports.send(
        {
          actor,
          filter,
          sort,
          format: format ?? 'xlsx',
          language: preferredLanguage(
            acceptLanguage,
            this.config.get('DEFAULT_LANG', { infer: true }),
          ),
          timeZone: this.config.get('TIME_ZONE', { infer: true }),
        },
        response,
      );
    } catch (error) {
      // Once the file has begun, a failure can only cut it short: never a file that looks whole.
      if (!response.headersSent) throw error;
      if (error instanceof DownloadAbortedError) return;
      this.logger.error(`export failed after it began: ${String(error)}`);
      response.destroy();
    }
  }
}
