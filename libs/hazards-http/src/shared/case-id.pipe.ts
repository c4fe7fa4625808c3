import { Injectable } from '@nestjs/common';
import type { PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CaseNotFoundError } from '@hazard/domain';

/** Case ids are server-made UUIDs; anything else cannot name a case. */
@Injectable()
export class CaseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new CaseNotFoundError(value.slice(0, 100));
    return value;
  }
}
