import { seedCatalog } from '../../../../seeds/catalog.seed';
import { catalogDraftSchema, catalogProblems } from './catalog';

const NOW = new Date('2026-12-01T00:00:00+08:00');
const draft = (changes: Record<string, unknown> = {}) =>
  catalogDraftSchema.parse({ ...seedCatalog, effectiveFrom: '2026-12-02T00:00:00+08:00', ...changes });

describe('publishing a catalog refuses an incomplete or unsafe one, listing every problem', () => {
  it('accepts the seed catalog from tomorrow', () => {
    expect(catalogProblems(draft(), NOW)).toEqual([]);
  });

  it('names every missing limit, a past effective date and a rule split across units', () => {
    const limits = seedCatalog.limits.filter(
      (l) =>
        !(l.scope === 'gas' && l.stage === 'plan') && !(l.scope === 'traffic-police' && l.category === 'fast-track'),
    );
    const compensation = seedCatalog.compensation.map((c) =>
      c.scope === 'water' && c.stage === 'total' ? { ...c, rule: { ...c.rule, unit: 'calendarDays' as const } } : c,
    );
    const problems = catalogProblems(draft({ limits, compensation, effectiveFrom: '2026-11-01T00:00:00+08:00' }), NOW);
    expect(problems.map((p) => [p.path, p.rule, p.message])).toEqual([
      ['effectiveFrom', 'in_the_past', 'must be now or later (2026-11-30T16:00:00.000Z)'],
      ['limits', 'missing_limit', 'no limit for gas gas-small-standardized plan'],
      ['limits', 'missing_limit', 'no limit for gas gas-standard plan'],
      ['limits', 'missing_limit', 'no limit for traffic-police road-permit (fast-track)'],
      [
        'compensation.9.rule.unit',
        'one_unit_per_utility',
        "water's rules must all count in workingDays, so a late day is paid once",
      ],
    ]);
  });

  it('refuses limits too small to mean anything and rules that would accrue without bound', () => {
    const tiny = catalogDraftSchema.safeParse({
      ...seedCatalog,
      limits: [{ scope: 'joint', category: '*', stage: 'acceptance', limit: { amount: 5e-324, unit: 'hours' } }],
      compensation: [
        { scope: 'power', stage: 'survey', rule: { fixedFen: 0, perUnitFen: 1, unit: 'hours', capFen: 90_000 } },
      ],
    });
    expect(tiny.success).toBe(false);
    const rules = tiny.error!.issues.map((i) => [
      i.path.join('.'),
      (i as { params?: { rule?: string } }).params?.rule ?? i.code,
    ]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['limits.0.limit.amount', 'too_small'],
        ['compensation.0.rule.perUnitFen', 'too_many_accruals'],
      ]),
    );
  });
});
