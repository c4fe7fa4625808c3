import type { DeadlineKind } from './major-hazard.events';

/**
 * What a state of the case means, as tags on the machine's states (read with
 * `snapshot.hasTag`), so that no other code keeps its own list of states:
 * - `open`: listed and not yet closed;
 * - `deadline:<kind>`: the deadline of that kind runs in this state;
 * - `escalates`: a missed deadline here climbs the ladder 督办函 → 通报 → 约谈;
 * - `phase:*`: the seed's own four-way split of the cases (正在制定整改方案, 按整改方案推进落实,
 *   已整改待验收, 已验收销号);
 * - `controlsInPlace`: the leader has confirmed the interim control measures (管控措施).
 */
export type CaseTag =
  'open' | `deadline:${DeadlineKind}` | 'escalates' | `phase:${CasePhase}` | 'controlsInPlace';

export const CASE_PHASES = ['planning', 'rectifying', 'awaitingAcceptance', 'closed'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];
