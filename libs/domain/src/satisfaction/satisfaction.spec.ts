import { satisfactionRates, type Rating } from './satisfaction';

const power = { utility: 'power', providerId: 'state-grid-jiading' } as const;
const water = { utility: 'water', providerId: 'jiading-water' } as const;
const gasA = { utility: 'gas', providerId: 'jiading-gas' } as const;
const gasB = { utility: 'gas', providerId: 'shanghai-gas' } as const;
const rated = (score: number, ...services: Rating['services']): Rating => ({ score, services });

describe('satisfaction: the share of ratings of 4–5 against 98 %', () => {
  it('equals the hand-computed rates on a set of 60 ratings, per utility and per provider', () => {
    // Power and water together: 50 ratings, 49 of them 4 or 5 (one 2) → 49/50 = 98 % for both, on target.
    // Gas from two providers: 5 ratings from jiading-gas, 4 satisfied (a 3) → 80 %, below;
    // 5 from shanghai-gas, all 5 → 100 %; gas as a whole 9/10 = 90 %, below.
    const ratings = [
      ...Array.from({ length: 49 }, (_, i) => rated(i % 2 ? 4 : 5, power, water)),
      rated(2, power, water),
      ...[5, 4, 3, 5, 4].map((s) => rated(s, gasA)),
      ...[5, 5, 4, 4, 5].map((s) => rated(s, gasB)),
    ];
    const rates = satisfactionRates(ratings);
    // Each rating once: 58 satisfied of 60.
    expect(rates.overall).toEqual({ ratings: 60, satisfied: 58, rate: 58 / 60, belowTarget: true });
    expect(rates.byUtility).toEqual([
      { utility: 'gas', ratings: 10, satisfied: 9, rate: 0.9, belowTarget: true },
      { utility: 'power', ratings: 50, satisfied: 49, rate: 0.98, belowTarget: false },
      { utility: 'water', ratings: 50, satisfied: 49, rate: 0.98, belowTarget: false },
    ]);
    expect(rates.byProvider).toEqual([
      { ...gasA, ratings: 5, satisfied: 4, rate: 0.8, belowTarget: true },
      { ...gasB, ratings: 5, satisfied: 5, rate: 1, belowTarget: false },
      { ...power, ratings: 50, satisfied: 49, rate: 0.98, belowTarget: false },
      { ...water, ratings: 50, satisfied: 49, rate: 0.98, belowTarget: false },
    ]);
  });

  it('withholds a rate over fewer than 5 ratings, and flags nothing it cannot show', () => {
    const rates = satisfactionRates([rated(1, power), rated(5, power), rated(5, power), rated(5, power)]);
    expect(rates.byProvider).toEqual([{ ...power, ratings: 4, satisfied: 3, rate: null, belowTarget: null }]);
    expect(satisfactionRates([]).overall).toEqual({ ratings: 0, satisfied: 0, rate: null, belowTarget: null });
  });

  it('on a generated set, every figure is the count of 4–5 over the count (a second, plain computation)', () => {
    let seed = 20261207;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool = [power, water, gasA, gasB];
    const ratings = Array.from({ length: 997 }, () =>
      rated(1 + Math.floor(next() * 5), ...pool.filter(() => next() < 0.5)),
    );
    const rates = satisfactionRates(ratings);
    for (const p of pool) {
      const scores = ratings.filter((r) => r.services.includes(p)).map((r) => r.score);
      const row = rates.byProvider.find((r) => r.providerId === p.providerId && r.utility === p.utility)!;
      expect(row.ratings).toBe(scores.length);
      expect(row.rate).toBeCloseTo(scores.filter((s) => s >= 4).length / scores.length, 12);
    }
    expect(rates.overall.rate).toBeCloseTo(ratings.filter((r) => r.score >= 4).length / 997, 12);
  });

  it('counts each rating once for what it rated: the connection, a complaint, an interruption', () => {
    // Connections: 5, 5, 4, 4, 5 (all satisfied); complaints: 5, 2, 4, 4, 1 (3 of 5); one interruption: 3.
    const ratings: Rating[] = [
      ...[5, 5, 4, 4, 5].map((s) => rated(s, power)),
      ...[5, 2, 4, 4, 1].map((s) => ({ ...rated(s, power), source: 'complaint' as const })),
      { ...rated(3, power), source: 'interruption' },
    ];
    const rates = satisfactionRates(ratings);
    expect(rates.bySource).toEqual([
      { source: 'application', ratings: 5, satisfied: 5, rate: 1, belowTarget: false },
      { source: 'complaint', ratings: 5, satisfied: 3, rate: 0.6, belowTarget: true },
      { source: 'interruption', ratings: 1, satisfied: 0, rate: null, belowTarget: null },
    ]);
    // Power as a whole: 8 of 11.
    expect(rates.byUtility).toEqual([{ utility: 'power', ratings: 11, satisfied: 8, rate: 8 / 11, belowTarget: true }]);
  });
});
