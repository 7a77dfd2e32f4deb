import { classifySite, riskZoneRegisterSchema, type RiskZone } from './risk-zones';

// Anting industrial park, roughly: a box around 121.15–121.20 E, 31.28–31.31 N, with a hole.
const anting: RiskZone = {
  id: 'anting-industrial',
  name: '安亭工业园',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [121.15, 31.28],
        [121.2, 31.28],
        [121.2, 31.31],
        [121.15, 31.31],
        [121.15, 31.28],
      ],
      [
        [121.17, 31.29],
        [121.18, 31.29],
        [121.18, 31.3],
        [121.17, 31.3],
        [121.17, 31.29],
      ],
    ],
  },
};

describe('the low-risk zone register', () => {
  it('puts a site inside a zone on the fast track, and says which zone', () => {
    expect(classifySite({ lat: 31.285, lng: 121.16 }, [anting])).toEqual({
      lowRisk: true,
      source: 'register',
      zoneId: 'anting-industrial',
    });
  });

  it('keeps sites outside every zone, in a hole, or without coordinates off it', () => {
    expect(classifySite({ lat: 31.25, lng: 121.16 }, [anting])).toEqual({ lowRisk: false, source: 'register' });
    expect(classifySite({ lat: 31.295, lng: 121.175 }, [anting]).lowRisk).toBe(false); // the hole
    expect(classifySite(undefined, [anting])).toMatchObject({
      lowRisk: false,
      reason: expect.stringContaining('no coordinates'),
    });
  });

  it('refuses an open ring and a zone listed twice, naming each', () => {
    const open = {
      ...anting,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [121.15, 31.28],
            [121.2, 31.28],
            [121.2, 31.31],
            [121.15, 31.31],
          ],
        ],
      },
    };
    const result = riskZoneRegisterSchema.safeParse({ zones: [open, anting, anting], source: '嘉定区 2026 notice' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [
      i.path.join('.'),
      (i as { params?: { rule?: string } }).params?.rule,
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['zones.0.geometry.coordinates.0', 'ring_not_closed'],
        ['zones.2.id', 'duplicate'],
      ]),
    );
  });
});
