import { caseIdOf, caseStreamId, deterministicUuid } from './case-stream';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('deterministicUuid', () => {
  it('gives the same id for the same name', () => {
    expect(deterministicUuid('major_hazard-c1/cmd-1/0')).toBe(
      deterministicUuid('major_hazard-c1/cmd-1/0'),
    );
  });

  it('is pinned: another derivation would make commands retried after an upgrade append twice', () => {
    expect(deterministicUuid('major_hazard-c1/cmd-1/0')).toBe(
      '620d499e-1ebf-5c8c-8bfd-be2f307d1e43',
    );
  });

  it('is a well-formed name-based UUID with the RFC 4122 variant', () => {
    for (const name of ['', 'a', '重大隐患', 'major_hazard-c1/cmd-1/0'.repeat(100)]) {
      expect(deterministicUuid(name)).toMatch(UUID_V5);
    }
  });

  it('differs for every different name', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `major_hazard-c${i % 50}/cmd-${i}/0`);
    expect(new Set(names.map(deterministicUuid)).size).toBe(names.length);
    expect(deterministicUuid('major_hazard-c1/cmd-1/0')).not.toBe(
      deterministicUuid('major_hazard-c1/cmd-1/1'),
    );
  });
});

describe('case stream ids', () => {
  it('round-trips a case id and ignores other streams', () => {
    expect(caseIdOf(caseStreamId('c-0001'))).toBe('c-0001');
    expect(caseStreamId('c-0001')).toBe('major_hazard-c-0001');
    expect(caseIdOf('digest-weekly-2026-W49')).toBeNull();
  });
});
