import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { NotFoundException } from '@nestjs/common';
import { ValidationFailedError } from '@hazard/domain';
import type { Actor, RegistryEntry, RegistryName } from '@hazard/domain';
import { CurrentActor, Roles } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { RegistryResponseDto } from '../shared/campaign.response.dto';
import { RegistryService } from '@hazard/registries';
import { AddRegistryEntryRequestDto } from './add-registry-entry.request.dto';

/** The registries by their path segment. */
const PATHS: Record<string, RegistryName> = {
  towns: 'towns',
  'industry-authorities': 'industryAuthorities',
  'unit-categories': 'unitCategories',
};

const registryOf = (path: string): RegistryName => {
  const name = PATHS[path];
  if (!name) throw new NotFoundException(`no registry ${path.slice(0, 50)}`);
  return name;
};

export interface RegistryAnswer {
  items: RegistryEntry[];
}

@ApiTags('registries')
@ApiBearerAuth()
@Controller('api/registries')
export class RegistriesHttpController {
  constructor(private readonly registries: RegistryService) {}

  @Get(':registry')
  @ApiParam({ name: 'registry', enum: Object.keys(PATHS) })
  @ApiOperation({
    summary:
      '名录：乡镇（街道、开发区）、行业主管部门、单位类别 / a registry: towns, industry authorities, unit categories',
  })
  @ApiOkResponse({ type: RegistryResponseDto })
  @ApiProblems(401, 404)
  async list(@Param('registry') registry: string): Promise<RegistryAnswer> {
    return { items: await this.registries.entries(registryOf(registry)) };
  }

  @Post(':registry')
  @HttpCode(201)
  @Roles('admin')
  @ApiParam({ name: 'registry', enum: Object.keys(PATHS) })
  @ApiOperation({ summary: '向名录增加一项（管理员）/ add an entry (admin)' })
  @ApiCreatedResponse({ type: RegistryResponseDto, description: 'The registry after it' })
  @ApiProblems(401, 403, 404, 409, 413, 415, 422)
  async add(
    @Param('registry') registry: string,
    @Body() body: AddRegistryEntryRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<RegistryAnswer> {
    const name = registryOf(registry);
    if ((name === 'unitCategories') !== (body.supervision !== undefined)) {
      throw new ValidationFailedError([
        {
          field: 'supervision',
          message: 'is required for a unit category, and only there',
          zh: '单位类别须注明监管层级（city 或 town），其他名录不填',
        },
      ]);
    }
    const entry: RegistryEntry = { name: body.name };
    if (body.en !== undefined) entry.en = body.en;
    if (body.supervision !== undefined) entry.supervision = body.supervision;
    return { items: await this.registries.add(name, entry, actor) };
  }

  @Delete(':registry/:name')
  @Roles('admin')
  @ApiParam({ name: 'registry', enum: Object.keys(PATHS) })
  @ApiOperation({
    summary:
      '从名录删除一项（管理员）；已登记的单位、用户保留原名称 / remove an entry (admin); existing records keep it',
  })
  @ApiOkResponse({ type: RegistryResponseDto, description: 'The registry after it' })
  @ApiProblems(401, 403, 404)
  async remove(
    @Param('registry') registry: string,
    @Param('name') entry: string,
    @CurrentActor() actor: Actor,
  ): Promise<RegistryAnswer> {
    return { items: await this.registries.remove(registryOf(registry), entry, actor) };
  }
}
