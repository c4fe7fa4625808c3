import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@hazard/http';
import { RegistryService } from '@hazard/registries';
import { ApiRetryHeaders, ETAG_HEADER } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CommandRequest } from '../shared/command-request.decorator';
import { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { ListHazardRequestDto } from './list-hazard.request.dto';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('api/hazards')
export class ListHazardHttpController {
  constructor(
    private readonly gateway: CaseCommandGateway,
    private readonly registries: RegistryService,
  ) {}

  @Post()
  @ApiOperation({ summary: '挂牌督办一项重大隐患（安委会）/ list a major hazard (committee)' })
  @ApiRetryHeaders()
  @ApiCreatedResponse({
    type: CommandResultResponseDto,
    headers: {
      ...ETAG_HEADER,
      Location: { description: '/api/hazards/<id>', schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 401, 403, 409, 413, 415, 422, 429)
  async listHazard(
    @Body() body: ListHazardRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    await this.registries.assertKnown([
      { field: 'town', registry: 'towns', value: body.town },
      {
        field: 'industryAuthority',
        registry: 'industryAuthorities',
        value: body.industryAuthority,
      },
    ]);
    const caseId = this.gateway.idFor(request, 'case');
    const { criterion, ...listing } = body;
    const result = await this.gateway.execute(
      caseId,
      {
        type: 'ListHazard',
        data: { caseId, listing: { ...listing, criterion: { ...criterion } } },
      },
      request,
    );
    request.response.setHeader('Location', `/api/hazards/${result.id}`);
    return result;
  }
}
