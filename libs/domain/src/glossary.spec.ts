import { dateTimeText, deadlineText, durationText, term } from './glossary';

describe('the domain’s words, as people read them', () => {
  const now = new Date('2026-12-01T02:00:00Z');

  it('a deadline at 24:00 names the day it ends on, not the next midnight', () => {
    // 2026-12-10 00:00 in Shanghai is the end of Wednesday 9 December.
    expect(deadlineText('zh', '2026-12-09T16:00:00Z', now)).toBe('12月9日（周三）24:00前');
    expect(deadlineText('en', '2026-12-09T16:00:00Z', now)).toBe('by 24:00 Wed 9 Dec');
    // Another time of day is said as it is; another year is named.
    expect(deadlineText('zh', '2027-01-04T07:30:00Z', now)).toBe('2027年1月4日（周一）15:30前');
    expect(deadlineText('en', '2027-01-04T07:30:00Z', now)).toBe('by 15:30 Mon 4 Jan 2027');
  });

  it('times in Asia/Shanghai whatever the machine’s zone; limits with their plural', () => {
    expect(dateTimeText('zh', '2026-12-01T02:29:00Z')).toBe('2026年12月1日 10:29');
    expect(dateTimeText('en', '2026-12-01T02:29:00Z')).toBe('1 Dec 2026, 10:29');
    expect(durationText('zh', 6, 'workingDays')).toBe('6 个工作日');
    expect(durationText('en', 1, 'workingDays')).toBe('1 working day');
    expect(durationText('en', 12, 'hours')).toBe('12 hours');
    expect(term('zh', 'survey')).toBe('现场踏勘');
  });
});
