import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ConfigService } from '@nestjs/config';
import { digestScopeOf } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { digestJson } from '../render/digest-json';
import { renderDigest, sendRendered } from '../render/render-digest';
import type { IssuedDigest } from '../issue-weekly-digest';
import { IssueWeeklyDigestRequestDto } from './issue-weekly-digest.request.dto';
import { ReadWeeklyDigestRequestDto } from './read-weekly-digest.request.dto';
import {
  IssuedWeeklyDigestResponseDto,
  IssuedWeeksResponseDto,
} from './weekly-digest.response.dto';
import { WeeklyDigestService } from './weekly-digest.service';

/** A digest read: JSON by default, or (format=markdown, format=html) the rendered text. */
const digestAnswer = (description: string) => ({
  description,
  content: {
    'application/json': { schema: { $ref: getSchemaPath(IssuedWeeklyDigestResponseDto) } },
    'text/markdown': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
});

const toResponse = ({
  digest,
  issuedAt,
  issuedBy,
}: IssuedDigest): IssuedWeeklyDigestResponseDto => ({
  week: digest.week,
  issuedAt,
  issuedBy,
  digest,
});

@ApiTags('digests')
@ApiBearerAuth()
@Controller('api/digests/weekly')
export class WeeklyDigestHttpController {
  constructor(
    private readonly digests: WeeklyDigestService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Issue the weekly supervision digest (每周一报) of a completed week, once',
    description: '201 when this call issued it; 200 with the stored digest when it already was.',
  })
  @ApiCreatedResponse({ type: IssuedWeeklyDigestResponseDto })
  @ApiOkResponse({ type: IssuedWeeklyDigestResponseDto })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  async issue(
    @Body() body: IssueWeeklyDigestRequestDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IssuedWeeklyDigestResponseDto> {
    const issued = await this.digests.issue(actor, body.week);
    response.status(issued.created ? 201 : 200);
    response.setHeader('Location', `/api/digests/weekly/${issued.digest.week}`);
    return toResponse(issued);
  }

  @Get()
  @ApiOperation({ summary: '已印发的每周一报，按周倒序 / the weeks whose digest has been issued' })
  @ApiOkResponse({ type: IssuedWeeksResponseDto })
  @ApiProblems(401, 403)
  async issued(@CurrentActor() actor: Actor): Promise<IssuedWeeksResponseDto> {
    // Whoever may read some digest may know which weeks were issued.
    digestScopeOf(actor);
    return { items: await this.digests.issued() };
  }

  @Get('current')
  @ApiOperation({
    summary: 'The week still running, as a provisional digest computed now (never stored)',
    description: 'Same formats and languages as an issued digest; `digest.provisional` is true.',
  })
  @ApiOkResponse(digestAnswer('The provisional digest in the requested format and language'))
  @ApiProblems(401, 403, 422)
  async current(
    @Query() query: ReadWeeklyDigestRequestDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const scope = digestScopeOf(actor);
    const digest = await this.digests.preview(this.digests.currentWeek(), scope);
    this.send(response, query, { week: digest.week, issuedAt: null, issuedBy: null, digest });
  }

  @Get(':week')
  @ApiOperation({ summary: 'An issued weekly digest as JSON, Markdown or a printable HTML page' })
  @ApiParam({ name: 'week', example: '2026-W48' })
  @ApiOkResponse(digestAnswer('The digest in the requested format and language'))
  @ApiProblems(401, 403, 404, 422)
  async read(
    @Param('week') week: string,
    @Query() query: ReadWeeklyDigestRequestDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const scope = digestScopeOf(actor);
    this.send(response, query, toResponse(await this.digests.find(week, scope)));
  }

  private send(
    response: Response,
    query: ReadWeeklyDigestRequestDto,
    { digest, ...rest }: IssuedWeeklyDigestResponseDto,
  ): void {
    const lang = query.lang ?? this.config.getOrThrow('DEFAULT_LANG', { infer: true });
    const format = query.format ?? 'json';
    response.setHeader('Content-Language', lang);
    if (format === 'json') {
      response.json({ ...rest, digest: digestJson(digest, lang) });
      return;
    }
    sendRendered(response, renderDigest(digest, format, lang));
  }
}
