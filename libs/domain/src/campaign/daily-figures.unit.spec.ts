import {
  FigureTally,
  hazardStandingAt,
  isHazardOverdue,
  laggardOrder,
  ratio,
} from './daily-figures';
import { drawSpotChecks, spotCheckWeight } from './spot-check-draw';

const CUT = Date.parse('2026-12-01T00:00:00+08:00');
const BEFORE = CUT - 1;

describe('the daily figures, rule by rule', () => {
  it('stamps at the cut-off belong to the next day', () => {
    expect(hazardStandingAt({ foundAt: CUT, verifiedAt: null, deadlineAt: null }, CUT).found).toBe(
      false,
    );
    const due = hazardStandingAt({ foundAt: BEFORE, verifiedAt: CUT, deadlineAt: BEFORE }, CUT);
    expect(due).toEqual({ found: true, rectified: false, due: true });
    expect(isHazardOverdue(due)).toBe(true);
  });

  it('counts a late fix as a fixed hazard that was due', () => {
    const tally = new FigureTally();
    tally.addHazard(hazardStandingAt({ foundAt: 0, verifiedAt: BEFORE, deadlineAt: 1 }, CUT));
    tally.addHazard(hazardStandingAt({ foundAt: 0, verifiedAt: null, deadlineAt: CUT + 1 }, CUT));
    expect(tally.figures().rectificationRate).toEqual(ratio(1, 2));
    expect(tally.figures().dueRectificationRate).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });

  it('leaves out closed units, and units without a self-inspection from the zero-hazard rate', () => {
    const tally = new FigureTally();
    const unit = { selfInspected: true, supervised: false, latestSelfZero: true };
    tally.addUnit({ ...unit, registered: false });
    tally.addUnit({ ...unit, registered: true });
    tally.addUnit({
      registered: true,
      selfInspected: false,
      supervised: true,
      latestSelfZero: null,
    });
    expect(tally.figures()).toMatchObject({
      selfInspectionRate: ratio(1, 2),
      supervisionCoverage: ratio(1, 2),
      zeroHazardRate: ratio(1, 1),
    });
  });

  it('ranks the lowest share first, but the highest zero-hazard rate first', () => {
    const low = ratio(1, 4);
    const high = ratio(3, 4);
    expect(laggardOrder('selfInspectionRate', low, high)).toBeLessThan(0);
    expect(laggardOrder('zeroHazardRate', low, high)).toBeGreaterThan(0);
    expect(laggardOrder('selfInspectionRate', ratio(0, 0), low)).toBeGreaterThan(0);
  });
});

describe('the spot-check draw', () => {
  const candidates = Array.from({ length: 50 }, (_, i) => ({
    unitId: `u${i}`,
    weight: spotCheckWeight(i % 3, i % 2 === 0 ? null : i),
  }));

  it('is the same for the same seed and candidates, and draws each unit once', () => {
    const drawn = drawSpotChecks('2026-11-30', candidates, 10);
    expect(drawSpotChecks('2026-11-30', candidates, 10)).toEqual(drawn);
    expect(new Set(drawn).size).toBe(10);
    expect(drawSpotChecks('2026-12-01', candidates, 10)).not.toEqual(drawn);
  });

  it('favours the heavier units', () => {
    const two = [
      { unitId: 'heavy', weight: 20 },
      { unitId: 'light', weight: 1 },
    ];
    const firsts = Array.from({ length: 400 }, (_, i) => drawSpotChecks(`s${i}`, two, 1)[0]);
    // P(heavy first) = 20/21: fewer than 60 of 400 light firsts is far beyond chance.
    expect(firsts.filter((u) => u === 'light').length).toBeLessThan(60);
  });

  it('weighs risk flags and the days since the last visit, up to a year', () => {
    expect(spotCheckWeight(0, 0)).toBe(1);
    expect(spotCheckWeight(2, 30)).toBe(4);
    expect(spotCheckWeight(0, null)).toBe(spotCheckWeight(0, 1000));
  });
});
