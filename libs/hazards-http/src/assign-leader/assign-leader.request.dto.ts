import { TextField } from '@hazard/http';

export class AssignLeaderRequestDto {
  @TextField({
    maxLength: 100,
    example: '6f1c1d2e-8a4b-4c3d-9e2f-0a1b2c3d4e5f',
    description: '挂牌领导的用户编号（须具有 leader 角色）/ user id of the leader',
  })
  leaderId!: string;

  @TextField({ maxLength: 100, example: '王建国', description: '挂牌领导姓名 / leader name' })
  leaderName!: string;
}
