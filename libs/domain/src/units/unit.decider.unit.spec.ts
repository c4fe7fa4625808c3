import {
  campaignActors as actors,
  registries,
  NOW,
  TIME_ZONE,
} from '@hazard/testing/campaign-fixtures';
import { deciderSpecification } from '@hazard/testing/decider-specification';
import { ForbiddenError, TransitionNotAllowedError, ValidationFailedError } from '../errors';
import type { UnitEvent, UnitProfile } from './unit.events';
import { unitDecider } from './unit.decider';

const spec = deciderSpecification(unitDecider, {
  candidates: [actors.town],
  now: () => NOW,
  timeZone: TIME_ZONE,
  policy: registries,
});

const profile: UnitProfile = {
  name: '南安市水头某石材有限公司',
  creditCode: '91350100M000100Y43',
  otherIdentifier: null,
  address: '水头镇五里桥工业区',
  town: '水头镇',
  industryAuthority: '工信局',
  professionalDomains: ['用电安全'],
  category: '规模以下工业企业',
  riskFlags: ['dustExplosion'],
};
const registered: UnitEvent = {
  type: 'UnitRegistered',
  data: { unitId: 'u1', profile, supervision: { level: 'town', by: '水头镇' } },
};

describe('a unit, given / when / then', () => {
  it('is registered with the supervision its category calls for (the seed’s grading)', () => {
    spec
      .given([])
      .when({ type: 'RegisterUnit', data: { unitId: 'u1', profile } })
      .then([registered]);
    const chemicals = { ...profile, category: '危险化学品', industryAuthority: '应急管理局' };
    spec
      .given([])
      .when({ type: 'RegisterUnit', data: { unitId: 'u1', profile: chemicals } })
      .then([
        {
          type: 'UnitRegistered',
          data: {
            unitId: 'u1',
            profile: chemicals,
            supervision: { level: 'city', by: '应急管理局' },
          },
        },
      ]);
  });

  it('refuses a wrong check character, a missing identity and names outside the registries', () => {
    spec
      .given([])
      .when({
        type: 'RegisterUnit',
        data: {
          unitId: 'u1',
          profile: { ...profile, creditCode: '91350100M000100Y44', town: '水头', category: '其他' },
        },
      })
      .thenThrows(ValidationFailedError, (e) => {
        expect(e.errors.map((x) => x.field)).toEqual(['creditCode', 'town', 'category']);
        expect(e.errors[1].zh).toBe(
          'town“水头”不在乡镇（街道、开发区）名录中；已登记：水头镇、官桥镇、溪美街道',
        );
      });
    spec
      .given([])
      .when({
        type: 'RegisterUnit',
        data: { unitId: 'u1', profile: { ...profile, creditCode: null } },
      })
      .thenThrows(ValidationFailedError, (e) => expect(e.errors[0].field).toBe('creditCode'));
  });

  it('keeps a town to its own towns and a unit account out of the register', () => {
    for (const actor of [actors.otherTown, actors.unit, actors.otherDepartment]) {
      spec
        .given([])
        .when({ type: 'RegisterUnit', data: { unitId: 'u1', profile } }, { actor })
        .thenThrows(ForbiddenError);
    }
    spec
      .given([])
      .when({ type: 'RegisterUnit', data: { unitId: 'u1', profile } }, { actor: actors.department })
      .then([registered]);
  });

  it('amends only what changes, re-grades supervision, and refuses a no-op', () => {
    spec
      .given([registered])
      .when({ type: 'AmendUnit', data: { changes: { address: '水头镇新址', name: profile.name } } })
      .then([
        {
          type: 'UnitAmended',
          data: {
            changes: { address: '水头镇新址' },
            supervision: { level: 'town', by: '水头镇' },
          },
        },
      ]);
    spec
      .given([registered])
      .when({ type: 'AmendUnit', data: { changes: { name: profile.name } } })
      .thenThrows(TransitionNotAllowedError, (e) => expect(e.message).toMatch(/unchanged/));
    spec
      .given([registered])
      .when({ type: 'AmendUnit', data: { changes: { town: '官桥镇' } } }, { actor: actors.town })
      .thenThrows(ForbiddenError);
  });

  it('closes once', () => {
    const closed: UnitEvent = { type: 'UnitClosed', data: { reason: '已停业' } };
    spec
      .given([registered])
      .when({ type: 'CloseUnit', data: { reason: '已停业' } })
      .then([closed]);
    spec
      .given([registered, closed])
      .when({ type: 'CloseUnit', data: { reason: '已停业' } })
      .thenThrows(TransitionNotAllowedError);
  });
});
