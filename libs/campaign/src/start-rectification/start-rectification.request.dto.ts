import { TextField } from '@hazard/http';

export class StartRectificationRequestDto {
  @TextField({ maxLength: 100, example: '林志强', description: '整改责任人 / responsible person' })
  responsiblePerson!: string;

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '更换配电箱并重新接地',
    description: '整改措施 / measures',
  })
  measures!: string;
}
