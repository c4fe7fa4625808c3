import { Controller, Get, Query } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@hazard/auth';
import type { Actor } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { AcceptLanguage, ApiAcceptLanguage, ApiProblems, preferredLanguage } from '@hazard/http';
import { NotificationInbox } from '../notification-inbox';
import type { InboxPage } from '../notification-inbox';
import { ListNotificationsRequestDto } from './list-notifications.request.dto';
import { NotificationPageResponseDto } from './list-notifications.response.dto';

/** The signed-in user's own inbox: reminders, missed deadlines, escalations, issued digests. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class ListNotificationsHttpController {
  constructor(
    private readonly inbox: NotificationInbox,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get()
  @ApiAcceptLanguage()
  @ApiOkResponse({ type: NotificationPageResponseDto })
  @ApiProblems(401, 422)
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListNotificationsRequestDto,
    @AcceptLanguage() acceptLanguage?: string,
  ): InboxPage {
    const lang = preferredLanguage(
      acceptLanguage,
      this.config.get('DEFAULT_LANG', { infer: true }),
    );
    return this.inbox.list(actor, lang, query.page ?? 1, query.pageSize ?? 20);
  }
}
