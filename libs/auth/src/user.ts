import type { Role } from '@hazard/domain';

export interface User {
  id: string;
  name: string;
  roles: Role[];
  towns: string[];
  departments: string[];
  createdAt: string;
}

export type NewUser = Pick<User, 'name' | 'roles' | 'towns' | 'departments'>;
