/**
 * A fresh Idempotency-Key for one submission: a double click or a retried request appends
 * once. getRandomValues, unlike randomUUID, also works on plain http from another machine.
 */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
