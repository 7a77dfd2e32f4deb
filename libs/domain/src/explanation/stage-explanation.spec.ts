import { buildCalendar } from '../calendar/official-calendar';
import { explainStage, type ClockEvent } from './stage-explanation';

const calendar = buildCalendar();
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
const ids = { track: 'power', stage: 'plan' };

describe('a deadline explained', () => {
  // 5 working days from Tue 30 Sep 2025, the day before National Day, with one supplement pause.
  // By hand: 9, 10, 11 (the adjusted Saturday), 13, 14 Oct → due at the end of Tue 14 Oct. The pause
  // Fri 10 Oct 09:00 → Mon 13 Oct 15:00 leaves 87 h of working time (Fri 15 h, Sat 11 Oct 24 h,
  // Mon 24 h, Tue 24 h), counted again from Mon 15:00: Mon 9, Tue 24, Wed 24, Thu 24, Fri 6 → the
  // end of Fri 17 Oct.
  const events: ClockEvent[] = [
    {
      type: 'StageStarted',
      ...ids,
      party: { kind: 'provider', id: 'state-grid-jiading' },
      limit: { amount: 5, unit: 'workingDays' },
      startedAt: shanghai('2025-09-30T10:00:00'),
      dueAt: shanghai('2025-10-15T00:00:00'),
      warnAt: shanghai('2025-10-11T18:00:00'),
      beyondKnownCalendar: false,
      compensable: true,
    },
    { type: 'StagePaused', ...ids, at: shanghai('2025-10-10T09:00:00'), reason: 'supplement' },
    {
      type: 'StageResumed',
      ...ids,
      at: shanghai('2025-10-13T15:00:00'),
      reason: 'supplement',
      pausedMs: 78 * 3_600_000,
      running: true,
      stoppedMs: 78 * 3_600_000,
      dueAt: shanghai('2025-10-18T00:00:00'),
      warnAt: shanghai('2025-10-15T00:00:00'),
    },
  ];

  it('around National Day 2025 with one supplement pause: every skipped day by name, ending at the stored deadline', () => {
    const x = explainStage({ events, calendar, now: new Date(shanghai('2025-10-14T12:00:00')), catalogVersion: 3 })!;
    expect(x.dueAt).toBe(shanghai('2025-10-18T00:00:00'));
    expect(x.matchesRecorded).toBe(true);
    const kinds = Object.fromEntries(x.days.map((d) => [d.date.slice(5), `${d.kind}${d.name ? ` ${d.name.zh}` : ''}`]));
    expect(kinds).toEqual({
      '09-30': 'start',
      '10-01': 'holiday 国庆节',
      '10-02': 'holiday 国庆节',
      '10-03': 'holiday 国庆节',
      '10-04': 'holiday 国庆节',
      '10-05': 'holiday 国庆节',
      '10-06': 'holiday 中秋',
      '10-07': 'holiday 国庆节',
      '10-08': 'holiday 国庆节',
      '10-09': 'counted',
      '10-10': 'counted', // partly paused (from 09:00): counted for its first nine hours
      '10-11': 'paused 国庆节', // the adjusted Saturday, a working day: given back
      '10-12': 'weekend',
      '10-13': 'counted',
      '10-14': 'counted',
      '10-15': 'counted',
      '10-16': 'counted',
      '10-17': 'counted',
    });
    expect(x.days.find((d) => d.date === '2025-10-11')).toMatchObject({ adjusted: true, pausedMs: 86_400_000 });
    expect(x.pauses).toEqual([
      {
        reason: 'supplement',
        from: shanghai('2025-10-10T09:00:00'),
        to: shanghai('2025-10-13T15:00:00'),
        givenBackMs: 54 * 3_600_000, // Fri 15 h, Sat 24 h, Mon 15 h: Sunday is not working time
      },
    ]);
    expect(x.text.zh).toEqual([
      '方案与报价时限：5 个工作日（时限目录第 3 版）。',
      '2025年9月30日 10:00开始计时：上一环节（现场踏勘）完成。按日计的时限从次日起算，开始当天不计。',
      '不计：2025年10月1日（周三）–2025年10月5日（周日），法定节假日（国庆节）。',
      '不计：2025年10月6日（周一），法定节假日（中秋）。',
      '不计：2025年10月7日（周二）–2025年10月8日（周三），法定节假日（国庆节）。',
      '不计：2025年10月12日（周日），周末。',
      '暂停：2025年10月10日 09:00至2025年10月13日 15:00，等待申请人补正材料；退回2 个工作日6 小时工作时间。',
      '2025年10月13日 15:00恢复计时，期限顺延至10月17日（周五）24:00前。',
      '期限：10月17日（周五）24:00前（5 个工作日加暂停退回的2 个工作日6 小时，到当日结束）。',
    ]);
    expect(x.text.en[2]).toBe('Not counted: Wed 2025-10-01–Sun 2025-10-05, public holiday (National Day).');
  });

  it('an adjusted working weekend (调休) is counted and named', () => {
    const x = explainStage({
      events: [{ ...events[0], startedAt: shanghai('2025-10-10T09:00:00'), dueAt: shanghai('2025-10-12T00:00:00') }],
      calendar,
      now: new Date(),
    })!;
    expect(x.days.map((d) => [d.date, d.kind, d.adjusted ?? false])).toEqual([
      ['2025-10-10', 'start', false],
      ['2025-10-11', 'counted', true],
      ['2025-10-12', 'weekend', false],
      ['2025-10-13', 'counted', false],
      ['2025-10-14', 'counted', false],
      ['2025-10-15', 'counted', false],
      ['2025-10-16', 'counted', false],
    ]);
    expect(x.matchesRecorded).toBe(false); // the recorded deadline was made up for this case: said, not hidden
    expect(x.text.en).toContain(
      'Counted: Sat 2025-10-11, a weekend worked in place of a holiday (调休, National Day).',
    );
  });

  it('a late stage: each unit of compensation with its rule and arithmetic, summing to what was booked', () => {
    // 3 working days from Mon 2 Mar 2026 → due at the end of Thu 5 Mar. Done Wed 11 Mar 10:00:
    // ¥50 at once, then ¥20 for each of Fri 6, Mon 9, Tue 10 Mar; the cap of ¥140 trims a sixth unit to ¥10.
    const rule = { fixedFen: 5_000, perUnitFen: 2_000, unit: 'workingDays' as const, capFen: 14_000 };
    const base = { ...ids, stage: 'survey', providerId: 'state-grid-jiading' };
    const accrual = (unit: number, at: string, amountFen: number, lateDay?: string) => ({
      type: 'CompensationAccrued',
      ...base,
      unit,
      amountFen,
      ruleFen: unit === 0 ? 5_000 : 2_000,
      ...(lateDay ? { lateDay } : {}),
      at: shanghai(at),
    });
    const late: ClockEvent[] = [
      {
        ...events[0],
        stage: 'survey',
        limit: { amount: 3, unit: 'workingDays' },
        startedAt: shanghai('2026-03-02T10:00:00'),
        dueAt: shanghai('2026-03-06T00:00:00'),
      },
      { type: 'SlaBreached', ...base, dueAt: shanghai('2026-03-06T00:00:00'), at: shanghai('2026-03-06T00:00:00') },
      accrual(0, '2026-03-06T00:00:00', 5_000),
      accrual(1, '2026-03-07T00:00:00', 2_000, '2026-03-06'),
      accrual(2, '2026-03-10T00:00:00', 2_000, '2026-03-09'),
      // The total clock had paid Tue 10 Mar at ¥15: this clock owed only the difference.
      accrual(3, '2026-03-11T00:00:00', 500, '2026-03-10'),
      { type: 'StageCompleted', ...base, at: shanghai('2026-03-11T10:00:00'), late: true },
    ];
    const x = explainStage({ events: late, rule, calendar, now: new Date(shanghai('2026-03-12T00:00:00')) })!;
    expect(x.state).toBe('done-late');
    expect(x.compensation!.units.map((u) => [u.unit, u.ruleFen, u.paidFen, u.status])).toEqual([
      [0, 5_000, 5_000, 'paid'],
      [1, 2_000, 2_000, 'paid'],
      [2, 2_000, 2_000, 'paid'],
      [3, 2_000, 500, 'paid'],
      [4, 2_000, 0, 'not-reached'],
      [5, 1_000, 0, 'not-reached'], // trimmed to the cap: 50 + 4 × 20 = 130, ¥10 left of 140
    ]);
    expect(x.compensation).toMatchObject({ accruedFen: 9_500, waivedFen: 0, netFen: 9_500 });
    expect(x.text.en).toEqual(
      expect.arrayContaining([
        'Rule: ¥50.00 once the deadline is missed, then ¥20.00 per further working day late, up to ¥140.00.',
        'Missed: the deadline (by 24:00 Thu 5 Mar) passed with the stage still open.',
        'The deadline missed: ¥50.00 → booked ¥50.00.',
        "Late working day 3 (Tue 2026-03-10): ¥20.00 → the utility's other clock had paid this day: the difference, ¥5.00 (a late day is paid once).",
        'Late working day 4: ¥20.00 → not earned: the stage closed or the breach was waived first.',
        'Late working day 5: ¥20.00, trimmed to the cap: ¥10.00 → not earned: the stage closed or the breach was waived first.',
        'In all: booked ¥95.00 − waived ¥0.00 = ¥95.00 owed to the applicant.',
      ]),
    );
    // Still open on Sat 7 Mar: what is not yet owed is said once per run, not day by day.
    const open = explainStage({
      events: late.slice(0, 4),
      rule,
      calendar,
      now: new Date(shanghai('2026-03-07T12:00:00')),
    })!;
    expect(open.text.zh.slice(-3)).toEqual([
      '逾期第 2–4 个工作日，每工作日：¥20.00 → 此环节仍未完成的，到期时记入。',
      '逾期第 5 个工作日：¥20.00，按上限截为 ¥10.00 → 此环节仍未完成的，到期时记入。',
      '合计：记入 ¥70.00 − 免除 ¥0.00 = 应付申请人 ¥70.00。',
    ]);
    const waived = explainStage({
      events: [
        ...late,
        {
          type: 'BreachReviewed',
          ...base,
          decision: 'waive',
          reason: 'the applicant asked for the delay',
          by: 'admin-1',
          at: shanghai('2026-03-12T09:00:00'),
          waivedUnits: [0, 1, 2, 3],
          waivedFen: 9_500,
        },
      ],
      rule,
      calendar,
      now: new Date(),
    })!;
    expect(waived.compensation).toMatchObject({ accruedFen: 9_500, waivedFen: 9_500, netFen: 0 });
    expect(waived.compensation!.units.filter((u) => u.status === 'waived')).toHaveLength(4);
  });

  it('a clock standing still says so, and since when', () => {
    const x = explainStage({ events: events.slice(0, 2), calendar, now: new Date(shanghai('2025-10-11T00:00:00')) })!;
    expect(x.state).toBe('stopped');
    expect(x.stoppedSince).toBe(shanghai('2025-10-10T09:00:00'));
    expect(x.text.en).toContain(
      'Standing still since 10 Oct 2025, 09:00: waiting for the applicant to supply what was asked (补正); the deadline moves by the time it stays stopped.',
    );
  });

  it('nothing to explain for a stage that never started', () => {
    expect(explainStage({ events: [], calendar, now: new Date() })).toBeUndefined();
  });
});
