import { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from './credit-code';

describe('the unified social credit code (GB 32100-2015)', () => {
  it.each([
    // The example code printed in GB 32100-2015 itself.
    ['91350100M000100Y43'],
    // Published on business licences and in annual reports.
    ['9144030071526726XG'],
    ['914403001922038216'],
    ['91330100716105852F'],
    ['91110000802100433B'],
    ['91110000710931141J'],
    ['911100001000079554'],
  ])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it.each([
    ['91310000132208861L', 'F'],
    ['91350100M000100Y44', '3'],
    ['9144030071526726XH', 'G'],
    ['914403001922038210', '6'],
  ])('refuses %s: its check character should be %s', (code, expected) => {
    expect(creditCodeProblem(code)).toBe('creditCodeCheck');
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(expected);
  });

  it.each([
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y433'],
    ['a letter in the division code', '9135A100M000100Y43'],
    ['the excluded letter I', '91350100I000100Y43'],
    ['the excluded letter O', '91350100M0O0100Y43'],
    ['the excluded letters S, V and Z', '91350100MSVZ100Y43'],
    ['a punctuation mark', '91350100M000100Y4-'],
    ['nothing', ''],
  ])('refuses the wrong shape: %s', (_, code) => {
    expect(creditCodeProblem(code)).toBe('creditCodeShape');
  });

  it('reads the code as people type it: full-width, lower case, with spaces', () => {
    expect(normalizeCreditCode(' ９１３５０１００m０００１００y４３ ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('9135 0100 M000 100Y 43')).toBe('91350100M000100Y43');
  });

  it('maps a check value of 31 to the character 0', () => {
    // A sum divisible by 31 calls for the check value 31, which is written 0.
    const code = '91350100M000100Y4';
    const withZero = [...'0123456789ABCDEFGHJKLMNPQRTUWXY']
      .map((c) => `${code.slice(0, 16)}${c}`)
      .find((first17) => creditCodeCheckCharacter(first17) === '0');
    expect(withZero).toBeDefined();
    expect(creditCodeProblem(`${withZero}0`)).toBeNull();
  });
});
