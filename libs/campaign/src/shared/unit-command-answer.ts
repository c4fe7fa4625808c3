/** What a unit command answers: the unit's id, whether it is active, and its version (ETag). */
export interface UnitCommandAnswer {
  id: string;
  state: string;
  version: number;
}
