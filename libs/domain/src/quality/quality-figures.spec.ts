import { qualityFiguresSchema } from './quality-figures';

describe('quality and sustainability figures: every metric of the utility, each in its plausible range', () => {
  it('accepts a plausible month and lists every problem of an implausible one', () => {
    expect(
      qualityFiguresSchema('water').safeParse({
        pressurePassRatePct: 98.2,
        qualityPassRatePct: 99.9,
        nonRevenueWaterRatePct: 11,
      }).success,
    ).toBe(true);
    const bad = qualityFiguresSchema('power').safeParse({ voltagePassRatePct: 999.5, lineLossRatePct: -1, steam: 3 });
    expect(bad.success).toBe(false);
    const problems = bad.error!.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).sort();
    expect(problems).toEqual([
      '(root): Unrecognized key: "steam"',
      'lineLossRatePct: outside the plausible range 0–20',
      'renewableSharePct: must be a number',
      'voltagePassRatePct: outside the plausible range 80–100',
    ]);
  });
});
