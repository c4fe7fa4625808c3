import { Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@hazard/auth';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { MarkNoticeRead } from './mark-notice-read.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class MarkNoticeReadHttpController {
  constructor(private readonly marks: MarkNoticeRead) {}

  /** Marks one notice of the signed-in user's inbox read, on every instance. */
  @Post(':id/read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Read, now and whenever asked again' })
  @ApiProblems(401, 404)
  async markRead(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    if (!(await this.marks.markRead(actor, id))) {
      throw new NotFoundException(`notification ${id} is not in your inbox`);
    }
  }
}
