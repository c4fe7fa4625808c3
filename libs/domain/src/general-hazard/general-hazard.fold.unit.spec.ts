import { initialTransition, transition } from 'xstate';
import { generalHazardMachine } from '@hazard/workflows';
import type { GeneralHazardEvent } from '@hazard/workflows';
import { GENERAL_PATH_TO, generalStep } from '@hazard/testing/campaign-fixtures';
import { foldGeneralHazard } from './general-hazard.fold';

describe('foldGeneralHazard', () => {
  it("reaches the same state and context as xstate's own transition(), refusals included", () => {
    const events: GeneralHazardEvent[] = [
      ...GENERAL_PATH_TO.rectificationReported,
      { type: 'GeneralRectificationRejected', data: { reason: '不合格' } },
      generalStep.found,
      generalStep.reported,
    ];
    const reference = events.reduce(
      (snapshot, event) => transition(generalHazardMachine, snapshot, event)[0],
      initialTransition(generalHazardMachine)[0],
    );
    const folded = foldGeneralHazard(events);
    expect(folded.value).toEqual(reference.value);
    expect(folded.context).toEqual(reference.context);
    expect(folded.value).toBe('rectificationReported');
  });
});
