import { TextField } from '@hazard/http';
import { AssignLeaderRequestDto } from '../assign-leader/assign-leader.request.dto';

export class ReassignLeaderRequestDto extends AssignLeaderRequestDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '原挂牌领导工作调动',
    description: '更换理由 / why the leader changes',
    optional: true,
  })
  reason?: string;
}
