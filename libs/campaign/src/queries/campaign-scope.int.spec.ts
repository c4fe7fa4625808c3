import Database from 'better-sqlite3';
import { mayReadCampaign } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { campaignActors } from '@hazard/testing/campaign-fixtures';
import { campaignScopeClause, whereSql } from './campaign-scope';

const subjects = [
  { unitId: 'unit-0001', town: '水头镇', industryAuthority: '工信局' },
  { unitId: 'unit-0002', town: '水头镇', industryAuthority: '住建局' },
  { unitId: 'unit-0003', town: '官桥镇', industryAuthority: '工信局' },
  { unitId: 'unit-0004', town: '溪美街道', industryAuthority: '应急管理局' },
];

const actors: Actor[] = [
  ...Object.values(campaignActors),
  { ...campaignActors.department, towns: ['官桥镇'] },
  { ...campaignActors.town, roles: ['town', 'department'], departments: ['应急管理局'] },
  { ...campaignActors.unit, roles: ['unit', 'viewer'], towns: ['官桥镇'] },
  { ...campaignActors.department, departments: [] },
];

describe('the campaign scope as SQL', () => {
  it('admits exactly the rows the domain lets each actor read', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (unit_id TEXT, town TEXT, industry_authority TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?)');
    for (const s of subjects) insert.run(s.unitId, s.town, s.industryAuthority);
    for (const actor of actors) {
      const scope = campaignScopeClause(actor) ?? { clauses: [], params: [] };
      const rows = db
        .prepare<unknown[], { unit_id: string }>(`SELECT unit_id FROM t ${whereSql(scope)}`)
        .all(...scope.params)
        .map((r) => r.unit_id);
      const expected = subjects.filter((s) => mayReadCampaign(actor, s)).map((s) => s.unitId);
      expect({ actor: actor.userId, rows }).toEqual({ actor: actor.userId, rows: expected });
    }
    db.close();
  });
});
