import { listing } from '@hazard/testing/case-fixtures';
import { deadlineNotice } from './deadline-notice';

const deadline = '2026-12-03T08:00:00+08:00';

describe('deadline notices in zh-CN and English', () => {
  it('writes the deadline as people read it and the time left, in both languages', () => {
    const reminder = (lang: 'zh-CN' | 'en') =>
      deadlineNotice(
        { type: 'ReminderSent', data: { kind: 'rectification', deadline, daysBefore: 2 } },
        listing,
        // A moment after the reminder was due: still "2 days left".
        '2026-12-01T08:00:03+08:00',
        lang,
      );
    expect(reminder('zh-CN')).toEqual({
      title: `期限提醒：${listing.title}`,
      body: `「${listing.title}」（${listing.unitName}，${listing.town}）的整改期限为 2026年12月3日 08:00，还剩 2 天。`,
    });
    expect(reminder('en').body).toBe(
      `The rectification deadline of "${listing.title}" (${listing.unitName}, ${listing.town}) is Dec 3, 2026, 08:00, 2 days left.`,
    );
  });

  it('keeps the wall-clock time the deadline names, whatever its offset', () => {
    const missed = (at: string, lang: 'zh-CN' | 'en') =>
      deadlineNotice(
        { type: 'DeadlineMissed', data: { kind: 'planSubmission', deadline: at } },
        listing,
        at,
        lang,
      ).body;
    expect(missed('2026-12-02T08:55:53+08:00', 'zh-CN')).toContain('（2026年12月2日 08:55）已过');
    expect(missed('2026-12-02T23:30:00-05:00', 'en')).toContain('passed on Dec 2, 2026, 23:30;');
  });

  it('words a missed deadline and each escalation', () => {
    const missed = deadlineNotice(
      { type: 'DeadlineMissed', data: { kind: 'planSubmission', deadline } },
      listing,
      deadline,
      'en',
    );
    expect(missed.title).toBe(`Overdue: ${listing.title}`);
    expect(missed.body).toContain('plan submission deadline');
    const escalations = (['urgingLetter', 'publicNotice', 'summons'] as const).map((level) =>
      deadlineNotice(
        { type: 'EscalationRaised', data: { kind: 'planSubmission', deadline, level } },
        listing,
        deadline,
        'zh-CN',
      ),
    );
    expect(escalations.map((notice) => notice.title)).toEqual([
      `督办函：${listing.title}`,
      `通报：${listing.title}`,
      `约谈：${listing.title}`,
    ]);
    expect(escalations[0].body).toContain('整改方案提交期限（2026年12月3日 08:00）逾期未办');
  });
});
