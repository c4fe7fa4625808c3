import { initialTransition, transition } from 'xstate';
import type { CaseSnapshot, HazardEvent } from '@hazard/workflows';
import { majorHazardMachine } from '@hazard/workflows';
import { REALISTIC_CASE } from '../../../../test/bench/realistic-case';
import { PATH_TO } from '@hazard/testing/case-fixtures';
import { foldCase } from './fold';

/** The reference: xstate's own pure transition(), one event at a time. */
const reference = (events: readonly HazardEvent[]): CaseSnapshot =>
  events.reduce(
    (snapshot, event) => transition(majorHazardMachine, snapshot, event)[0],
    initialTransition(majorHazardMachine)[0],
  );

describe('foldCase', () => {
  it('reaches the same state and context as xstate transition() over a 50-event case', () => {
    const folded = foldCase(REALISTIC_CASE);
    const expected = reference(REALISTIC_CASE);
    expect(folded.value).toEqual(expected.value);
    expect(folded.context).toEqual(expected.context);
    expect(folded.value).toBe('rectified');
  });

  it('ignores events the machine refuses, exactly as transition() does', () => {
    const refused: HazardEvent[] = [
      ...PATH_TO.controlsInPlace,
      { type: 'CaseClosed', data: { note: '未验收不得销号' } },
      {
        type: 'LeaderAssigned',
        data: { leader: { id: 'u-x', name: '某' }, planDeadline: '2026-12-01T08:00:00+08:00' },
      },
    ];
    expect(foldCase(refused).value).toBe('controlsInPlace');
    expect(foldCase(refused).context).toEqual(reference(refused).context);
  });

  it('continues from a given snapshot', () => {
    const half = foldCase(REALISTIC_CASE.slice(0, 20));
    const whole = foldCase(REALISTIC_CASE.slice(20), half);
    expect(whole.context).toEqual(foldCase(REALISTIC_CASE).context);
  });
});
