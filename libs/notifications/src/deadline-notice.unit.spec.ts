import { listing } from '@hazard/testing/case-fixtures';
import { deadlineNotice, timeLeft } from './deadline-notice';

const deadline = '2026-12-03T08:00:00+08:00';

describe('deadline notices in zh-CN and English', () => {
  it('tells the time left before the deadline in the largest unit that fits', () => {
    expect(timeLeft(3 * 86_400_000, 'zh-CN')).toBe('3 天');
    expect(timeLeft(86_400_000, 'en')).toBe('1 day');
    expect(timeLeft(90 * 60_000, 'en')).toBe('2 hours');
    expect(timeLeft(40_000, 'zh-CN')).toBe('40 秒');
  });

  it('words a reminder, a missed deadline and each escalation', () => {
    const reminder = deadlineNotice(
      { type: 'ReminderSent', data: { kind: 'rectification', deadline, daysBefore: 1 } },
      listing,
      '2026-12-02T08:00:00+08:00',
      'zh-CN',
    );
    expect(reminder).toEqual({
      title: `期限提醒：${listing.title}`,
      body: `「${listing.title}」（${listing.unitName}，${listing.town}）的整改期限为 ${deadline}，尚余 1 天。`,
    });
    const missed = deadlineNotice(
      { type: 'DeadlineMissed', data: { kind: 'planSubmission', deadline } },
      listing,
      deadline,
      'en',
    );
    expect(missed.title).toBe(`Overdue: ${listing.title}`);
    expect(missed.body).toContain('plan submission deadline');
    const levels = (['urgingLetter', 'publicNotice', 'summons'] as const).map(
      (level) =>
        deadlineNotice(
          { type: 'EscalationRaised', data: { kind: 'planSubmission', deadline, level } },
          listing,
          deadline,
          'zh-CN',
        ).title,
    );
    expect(levels).toEqual([
      `督办函：${listing.title}`,
      `通报：${listing.title}`,
      `约谈：${listing.title}`,
    ]);
  });
});
