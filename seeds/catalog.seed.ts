import { DEFAULT_REQUIRED_DOCUMENTS } from '../libs/domain/src/documents/documents';
import { DEFAULT_SERVICE_TERMS, type CatalogDraft } from '../libs/domain/src';

const wd = (amount: number) => ({ amount, unit: 'workingDays' as const });

/**
 * Version 1 of the published limits and compensation rules.
 *
 * Grounded figures: one-window acceptance in 1 working day (Jiading action plan); State Grid's
 * 2023 commitment for power — low-voltage non-residential ≤ 6 working days end to end,
 * high-voltage single supply ≤ 22, dual supply ≤ 32; road-excavation permits in 5 working days
 * (from a statutory 15–20). The stage split within those totals, and every water, gas and
 * broadband figure, are ILLUSTRATIVE defaults for an admin to republish.
 * Compensation is modelled on the UK guaranteed standards (a fixed sum at the breach plus a sum per
 * further working day, capped); the amounts are illustrative. Money is fen (¥1 = 100 fen).
 */
export const seedCatalog: CatalogDraft = {
  effectiveFrom: '2023-02-01T00:00:00+08:00',
  notes:
    'Seed: acceptance 1 WD; power per State Grid 2023 (6/22/32 WD end to end); road permit 5 WD. ' +
    'Stage splits, water, gas, broadband and all compensation amounts are illustrative.',
  providers: {
    power: { id: 'state-grid-jiading', name: 'State Grid Shanghai Jiading', nameZh: '国网嘉定供电公司' },
    water: { id: 'jiading-water', name: 'Jiading Water Supply', nameZh: '嘉定自来水公司' },
    gas: { id: 'jiading-gas', name: 'Jiading Gas', nameZh: '嘉定燃气公司' },
    broadband: { id: 'telecom-jiading', name: 'China Telecom Jiading', nameZh: '中国电信嘉定分公司' },
  },
  limits: [
    { scope: 'joint', category: '*', stage: 'acceptance', limit: wd(1) },
    // The window sets the joint survey for a date within this limit from dispatch (illustrative).
    { scope: 'joint', category: '*', stage: 'survey-scheduling', limit: wd(3) },
    // Power: State Grid's totals; stages split within them.
    ...stages('power', 'low-voltage-non-residential', [1, 1, 3, 1], 6),
    ...stages('power', 'high-voltage-single', [2, 5, 12, 3], 22),
    ...stages('power', 'high-voltage-dual', [3, 7, 18, 4], 32),
    // Illustrative.
    ...stages('water', '*', [2, 3, 8, 2], 15),
    ...stages('gas', 'gas-standard', [2, 3, 10, 2], 17),
    ...stages('gas', 'gas-small-standardized', [1, 1, 4, 1], 7),
    ...stages('broadband', '*', [1, 1, 3, 1], 6),
    // Road excavation: each agency in parallel; a low-risk zone's fast track approves by default.
    { scope: 'road-authority', category: '*', stage: 'road-permit', limit: wd(5) },
    { scope: 'traffic-police', category: '*', stage: 'road-permit', limit: wd(5) },
    { scope: 'road-authority', category: 'fast-track', stage: 'road-permit', limit: wd(2), approveWhenDue: true },
    { scope: 'traffic-police', category: 'fast-track', stage: 'road-permit', limit: wd(2), approveWhenDue: true },
  ],
  compensation: (['power', 'water', 'gas', 'broadband'] as const).flatMap((scope) => [
    ...(['survey', 'plan', 'construction', 'connection'] as const).map((stage) => ({
      scope,
      stage,
      rule: { fixedFen: 10_000, perUnitFen: 5_000, unit: 'workingDays' as const, capFen: 50_000 },
    })),
    {
      scope,
      stage: 'total' as const,
      rule: { fixedFen: 30_000, perUnitFen: 10_000, unit: 'workingDays' as const, capFen: 200_000 },
    },
  ]),
  // After connection (issue 11): notice, arrival and restoration limits and lapse rules.
  service: DEFAULT_SERVICE_TERMS,
  // The documents each service needs (issue 17); illustrative, for an admin to republish.
  documents: DEFAULT_REQUIRED_DOCUMENTS,
};

function stages(scope: 'power' | 'water' | 'gas' | 'broadband', category: string, split: number[], total: number) {
  const names = ['survey', 'plan', 'construction', 'connection'] as const;
  return [
    ...names.map((stage, i) => ({ scope, category, stage, limit: wd(split[i]) })),
    { scope, category, stage: 'total' as const, limit: wd(total) },
  ];
}
