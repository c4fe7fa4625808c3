/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from
 * 0-9 and the capital letters without I, O, Z, S and V; the last is a check character over
 * the first 17 (weights 3^(i-1) mod 31, check = 31 - sum mod 31).
 */
const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Registration authority, organisation category, division code (digits), organisation code. */
const SHAPE = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

/** One spelling per code: full-width characters and lower case as people type them. */
export const normalizeCreditCode = (code: string): string =>
  code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** The check character the first 17 characters call for. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, character, i) => total + CHARACTERS.indexOf(character) * WEIGHTS[i],
    0,
  );
  return CHARACTERS[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = 'creditCodeShape' | 'creditCodeCheck';

/** Why a (normalised) code is not a valid one; null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (!SHAPE.test(code)) return 'creditCodeShape';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'creditCodeCheck';
}
