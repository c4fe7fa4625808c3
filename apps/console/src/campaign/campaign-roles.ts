import type { Role } from '@hazard/domain';

/** Who the console offers what (the API still decides, within each one's jurisdiction). */
export const UNIT_KEEPERS: Role[] = ['town', 'department', 'committee', 'hq', 'admin'];
export const INSPECTORS: Role[] = ['unit', 'town', 'department', 'committee', 'hq'];
export const CAMPAIGN_READERS: Role[] = [
  'unit',
  'town',
  'department',
  'committee',
  'hq',
  'admin',
  'viewer',
];
