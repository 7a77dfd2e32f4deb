import { parseQualityCsv } from './quality-csv';

const context = {
  utilityOf: (id: string) => (id === 'grid' ? ('power' as const) : id === 'water-co' ? ('water' as const) : undefined),
  mayReport: (id: string) => id === 'grid',
  currentMonth: '2026-12',
};
const file = (...rows: string[]) => ['provider_id,month,metric,value', ...rows].join('\n');

describe('quality figures as CSV', () => {
  it('groups lines into months and reads a BOM, quoted cells and CRLF', () => {
    const parsed = parseQualityCsv(
      '\uFEFF' +
        file(
          'grid,2026-10,voltagePassRatePct,"99.2"',
          'grid,2026-10,lineLossRatePct,5',
          'grid,2026-10,renewableSharePct,31',
          'grid,2026-11,voltagePassRatePct,98',
          'grid,2026-11,lineLossRatePct,4.5',
          'grid,2026-11,renewableSharePct,33',
        ).replace(/\n/g, '\r\n'),
      context,
    );
    expect(parsed).toEqual({
      ok: true,
      submissions: [
        {
          providerId: 'grid',
          utility: 'power',
          month: '2026-10',
          figures: { voltagePassRatePct: 99.2, lineLossRatePct: 5, renewableSharePct: 31 },
        },
        {
          providerId: 'grid',
          utility: 'power',
          month: '2026-11',
          figures: { voltagePassRatePct: 98, lineLossRatePct: 4.5, renewableSharePct: 33 },
        },
      ],
    });
  });

  it('says an unreadable figure once, on its line, not again as missing from its month', () => {
    const parsed = parseQualityCsv(
      file(
        'grid,2026-10,voltagePassRatePct,99',
        'grid,2026-10,lineLossRatePct,',
        'grid,2026-10,renewableSharePct,31',
        'water-co,2026-10,pressurePassRatePct,99',
      ),
      context,
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((p) => `${p.path}:${p.rule}`)).toEqual([
      'rows.3.value:number',
      'rows.5.provider_id:forbidden',
    ]);
  });
});
