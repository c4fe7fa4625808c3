import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/** `controlMeasures.1` → ['controlMeasures', 1]: the API's field path as a form field name. */
const toNamePath = (field: string): Array<string | number> =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts the API's 422 messages on the fields they name, and returns what belongs to no
 * field of this form (or the message of any other refusal) to show above it.
 */
export function showApiErrors(form: FormInstance, error: unknown): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  if (error.fieldErrors.length === 0) return [error.message];
  const fields = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const elsewhere: string[] = [];
  const byField = new Map<string, string[]>();
  for (const { field, message } of error.fieldErrors) {
    if (fields.has(field)) byField.set(field, [...(byField.get(field) ?? []), message]);
    else elsewhere.push(field ? `${field}: ${message}` : message);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: toNamePath(field), errors })));
  return elsewhere;
}
