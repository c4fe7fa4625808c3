import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiExtraModels,
  ApiProduces,
  getSchemaPath,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ConfigService } from '@nestjs/config';
import { authorizeDailyRead } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import {
  dailyReportJson,
  ReadReportRequestDto,
  renderDailyReport,
  sendRendered,
} from '@hazard/reporting';
import {
  DailyFiguresRequestDto,
  DrawSpotChecksRequestDto,
  IssueDailyReportRequestDto,
  ListSpotChecksRequestDto,
} from './daily-requests.dto';
import { DailyFigures } from './figures/daily-figures.service';
import type { DailyFiguresAnswer } from './figures/daily-figures.service';
import { DailyReportService } from './report/daily-report.service';
import type { IssuedDailyReport } from './report/daily-report.service';
import { SpotChecks } from './spot-checks/spot-checks.service';
import type { SpotCheckList } from './spot-checks/spot-checks.service';
import {
  CurrentDailyReportResponseDto,
  DailyFiguresResponseDto,
  IssuedDailyReportResponseDto,
  SpotCheckDrawResponseDto,
  SpotCheckListResponseDto,
} from './daily.response.dto';

@ApiBearerAuth()
@Controller('api')
export class DailyHttpController {
  constructor(
    private readonly figures: DailyFigures,
    private readonly reports: DailyReportService,
    private readonly spotChecks: SpotChecks,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get('figures/daily')
  @ApiTags('daily figures')
  @ApiOperation({
    summary: '每日关键指标（自查率、监督检查覆盖率、隐患整改率、到期隐患整改率、零隐患率）',
    description:
      'The five daily figures of a day, with numerators and denominators, for the city and ' +
      'per town, industry authority or category; from the facts stamped before the end of the day.',
  })
  @ApiOkResponse({ type: DailyFiguresResponseDto })
  @ApiProblems(401, 403, 422)
  daily(@Query() query: DailyFiguresRequestDto, @CurrentActor() actor: Actor): DailyFiguresAnswer {
    authorizeDailyRead(actor);
    return this.figures.figures(this.figures.day(query.date), query.by);
  }

  @Post('reports/daily')
  @ApiTags('daily reports')
  @ApiOperation({
    summary: 'Issue the daily report (每日一报) of a day, once',
    description: '201 when this call issued it; 200 with the stored report when it already was.',
  })
  @ApiCreatedResponse({ type: IssuedDailyReportResponseDto, description: 'Issued by this call' })
  @ApiOkResponse({ type: IssuedDailyReportResponseDto, description: 'Issued before' })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  async issue(
    @Body() body: IssueDailyReportRequestDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReturnType<typeof toResponse>> {
    const issued = await this.reports.issue(actor, body.date);
    response.status(issued.created ? 201 : 200);
    response.setHeader('Location', `/api/reports/daily/${issued.report.date}`);
    return toResponse(issued);
  }

  @Get('reports/daily/current')
  @ApiTags('daily reports')
  @ApiOperation({
    summary: "Today's report so far, computed now and never stored (the console's today page)",
  })
  @ApiOkResponse({ type: CurrentDailyReportResponseDto })
  @ApiProblems(401, 403)
  current(@Query() query: ReadReportRequestDto, @CurrentActor() actor: Actor) {
    authorizeDailyRead(actor);
    const lang = query.lang ?? this.config.getOrThrow('DEFAULT_LANG', { infer: true });
    return { report: dailyReportJson(this.reports.preview(), lang) };
  }

  @Get('reports/daily/:date')
  @ApiTags('daily reports')
  @ApiOperation({ summary: 'An issued daily report as JSON, Markdown or a printable HTML page' })
  @ApiParam({ name: 'date', example: '2026-11-30' })
  @ApiProduces('application/json', 'text/markdown', 'text/html')
  @ApiExtraModels(IssuedDailyReportResponseDto)
  @ApiOkResponse({
    description: 'The report in the requested format and language',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(IssuedDailyReportResponseDto) } },
      'text/markdown': { schema: { type: 'string' } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(401, 403, 404, 422)
  async read(
    @Param('date') date: string,
    @Query() query: ReadReportRequestDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    authorizeDailyRead(actor);
    const issued = await this.reports.find(date);
    const lang = query.lang ?? this.config.getOrThrow('DEFAULT_LANG', { infer: true });
    const format = query.format ?? 'json';
    response.setHeader('Content-Language', lang);
    if (format === 'json') {
      response.json({ ...toResponse(issued), report: dailyReportJson(issued.report, lang) });
      return;
    }
    sendRendered(response, renderDailyReport(issued.report, format, lang));
  }

  @Post('spot-checks/draw')
  @ApiTags('spot checks')
  @ApiOperation({
    summary:
      "抽取当日重点抽查的“零隐患”单位 / draw the day's spot checks of zero-hazard units, once",
    description:
      'Weighted by risk flags and days since the last supervisory visit; the seed and the ' +
      'candidates are recorded, so the draw can be made again. 201 when this call drew it.',
  })
  @ApiCreatedResponse({ type: SpotCheckDrawResponseDto, description: 'Drawn by this call' })
  @ApiOkResponse({ type: SpotCheckDrawResponseDto, description: 'Drawn before' })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  async draw(
    @Body() body: DrawSpotChecksRequestDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ) {
    const drawn = await this.spotChecks.draw(actor, body);
    response.status(drawn.created ? 201 : 200);
    response.setHeader('Location', `/api/spot-checks?date=${drawn.draw.day}`);
    return { draw: drawn.draw, drawnAt: drawn.drawnAt };
  }

  @Get('spot-checks')
  @ApiTags('spot checks')
  @ApiOperation({ summary: "当日抽查名单及现场指导情况 / the day's spot checks and their visits" })
  @ApiOkResponse({ type: SpotCheckListResponseDto })
  @ApiProblems(401, 403, 422)
  list(
    @Query() query: ListSpotChecksRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<SpotCheckList> {
    authorizeDailyRead(actor);
    return this.spotChecks.list(query.date);
  }
}

const toResponse = ({ report, issuedAt, issuedBy }: IssuedDailyReport) => ({
  date: report.date,
  issuedAt,
  issuedBy,
  report,
});
