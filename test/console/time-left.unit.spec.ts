import { timeLeft } from '../../apps/console/src/i18n/format';

const DEADLINE = '2027-06-30T18:00:00+08:00';
const at = (iso: string) => Date.parse(iso);

describe("the console's time left to a deadline, in words", () => {
  it('counts whole days down, never promising more time than there is', () => {
    expect(timeLeft(DEADLINE, at('2027-06-28T09:00:00+08:00'), 'zh-CN')).toBe('还剩 2 天');
    expect(timeLeft(DEADLINE, at('2027-06-29T18:00:00+08:00'), 'zh-CN')).toBe('还剩 1 天');
    expect(timeLeft(DEADLINE, at('2027-06-28T09:00:00+08:00'), 'en')).toBe('2 days left');
  });

  it('says hours in the last day, and less than an hour at the end', () => {
    expect(timeLeft(DEADLINE, at('2027-06-30T13:30:00+08:00'), 'zh-CN')).toBe('还剩 4 小时');
    expect(timeLeft(DEADLINE, at('2027-06-30T17:30:00+08:00'), 'zh-CN')).toBe('还剩不到 1 小时');
    expect(timeLeft(DEADLINE, at('2027-06-30T17:00:00+08:00'), 'en')).toBe('1 hour left');
    expect(timeLeft(DEADLINE, at('2027-06-30T17:59:00+08:00'), 'en')).toBe('under an hour left');
  });

  it('says how long overdue once the deadline has passed', () => {
    expect(timeLeft(DEADLINE, at('2027-07-03T20:00:00+08:00'), 'zh-CN')).toBe('已逾期 3 天');
    expect(timeLeft(DEADLINE, at('2027-07-01T18:00:00+08:00'), 'en')).toBe('1 day overdue');
    expect(timeLeft(DEADLINE, at('2027-06-30T23:00:00+08:00'), 'en')).toBe('5 hours overdue');
  });
});
