import { QueryInt } from '@hazard/http';

export class ListNotificationsRequestDto {
  @QueryInt({
    min: 1,
    max: 10000,
    default: 1,
    description: '页码，从 1 开始 / page number, from 1',
  })
  page?: number;

  @QueryInt({ min: 1, max: 100, default: 20, description: '每页条数 / items per page (1–100)' })
  pageSize?: number;
}
