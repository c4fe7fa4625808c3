import { Controller, Get, Req, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@hazard/auth';
import type { AuthenticatedRequest } from '@hazard/auth';
import { HealthResponseDto } from './health.response.dto';
import { HealthService } from './health.service';
import type { HealthReport } from './health.service';

const isAdmin = (request: Request): boolean =>
  (request as Partial<AuthenticatedRequest>).actor?.roles.includes('admin') === true;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Up or down, with no token; with an admin token, each check and its details',
  })
  @ApiOkResponse({
    type: HealthResponseDto,
    description: 'Everything answers (`degraded` while Redis is rebuilt)',
  })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'Something is down' })
  async check(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthReport | Pick<HealthReport, 'status'>> {
    const report = await this.health.check();
    response.status(report.status === 'down' ? 503 : 200);
    // Error strings and positions describe the inside of the system: for administrators only.
    return isAdmin(request) ? report : { status: report.status };
  }
}
