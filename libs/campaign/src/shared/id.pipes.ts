import { Injectable } from '@nestjs/common';
import type { PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { GeneralHazardNotFoundError, UnitNotFoundError } from '@hazard/domain';

/** Unit ids are server-made UUIDs; anything else names no unit. */
@Injectable()
export class UnitIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new UnitNotFoundError(value.slice(0, 100));
    return value;
  }
}

@Injectable()
export class GeneralHazardIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new GeneralHazardNotFoundError(value.slice(0, 100));
    return value;
  }
}
