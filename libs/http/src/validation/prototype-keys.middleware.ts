import type { NextFunction, Request, Response } from 'express';
import { ValidationFailedError } from '@hazard/domain';
import { fieldError } from './field-rules';
import type { LocalizedFieldError } from './field-rules';

/**
 * Names that class-transformer silently drops (or that would reach Object.prototype) instead of
 * letting the validation pipe refuse them as unknown: they are refused here, like any unknown
 * field, before anything else reads the request.
 */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

function prototypeKeysIn(root: unknown, prefix: string): LocalizedFieldError[] {
  const found: LocalizedFieldError[] = [];
  const pending: Array<[unknown, string]> = [[root, prefix]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) found.push(fieldError(at, 'unknownField', {}, key));
      else pending.push([(value as Record<string, unknown>)[key], at]);
    }
  }
  return found;
}

/** 422 for `__proto__`, `constructor`, `toString`, … anywhere in the body or the query. */
export function refusePrototypeKeys(request: Request, _response: Response, next: NextFunction) {
  const { body } = request as { body?: unknown };
  const found = [
    ...prototypeKeysIn(request.query, ''),
    // A spreadsheet upload is raw bytes, not keys.
    ...(Buffer.isBuffer(body) ? [] : prototypeKeysIn(body, '')),
  ];
  next(found.length > 0 ? new ValidationFailedError(found) : undefined);
}
