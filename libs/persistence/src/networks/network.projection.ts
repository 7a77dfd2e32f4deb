import type { NetworkEvent } from '../../../domain/src/networks/events';
import { boxOf, type SegmentGeometry } from '../../../domain/src/networks/segment';
import { at, make } from '../read-models/fold';
import type { ProjectedEvent, Projection } from '../read-models/projections';
import { NetworkSegmentRow, NetworkSegmentVersionRow, NetworkVersionRow } from './network.entities';

type Of<T extends NetworkEvent['type']> = Extract<ProjectedEvent, { type: T }>;
const is = <T extends NetworkEvent['type']>(e: ProjectedEvent, ...types: T[]): e is Of<T> =>
  (types as string[]).includes(e.type);

/** Postgres's box literal for a geometry: `(east,north),(west,south)`. */
export const boxLiteral = (geometry: SegmentGeometry) => {
  const [w, s, e, n] = boxOf(geometry);
  return `(${e},${n}),(${w},${s})`;
};

const utilityOf = (e: Of<'NetworkSegmentSet'>) => String(e.attributes.utility);

export const networkSegmentsProjection: Projection<NetworkSegmentRow> = {
  entity: NetworkSegmentRow,
  keys: (e) =>
    is(e, 'NetworkSegmentSet', 'NetworkSegmentRemoved') ? [{ providerId: e.providerId, segmentId: e.segmentId }] : [],
  evolve(row, e) {
    if (is(e, 'NetworkSegmentSet'))
      return make(NetworkSegmentRow, {
        providerId: e.providerId,
        segmentId: e.segmentId,
        utility: utilityOf(e),
        version: e.version,
        geometry: e.geometry as unknown as Record<string, unknown>,
        attributes: e.attributes as unknown as Record<string, unknown>,
        bbox: boxLiteral(e.geometry),
        removed: false,
        changedAt: at(e.at),
      });
    if (is(e, 'NetworkSegmentRemoved') && row)
      return { ...row, version: e.version, removed: true, changedAt: at(e.at) };
    return undefined;
  },
};

/** Each change opens a version of the segment and closes the one before it. */
export const networkSegmentVersionsProjection: Projection<NetworkSegmentVersionRow> = {
  entity: NetworkSegmentVersionRow,
  keys: (e) =>
    is(e, 'NetworkSegmentSet', 'NetworkSegmentRemoved')
      ? [
          ...(e.previousVersion !== null
            ? [{ providerId: e.providerId, segmentId: e.segmentId, version: e.previousVersion }]
            : []),
          { providerId: e.providerId, segmentId: e.segmentId, version: e.version },
        ]
      : [],
  evolve(row, e, key) {
    if (!is(e, 'NetworkSegmentSet', 'NetworkSegmentRemoved')) return undefined;
    if (key.version !== e.version) return row ? { ...row, validTo: at(e.at) } : undefined;
    if (is(e, 'NetworkSegmentSet'))
      return make(NetworkSegmentVersionRow, {
        providerId: e.providerId,
        segmentId: e.segmentId,
        version: e.version,
        utility: utilityOf(e),
        geometry: e.geometry as unknown as Record<string, unknown>,
        attributes: e.attributes as unknown as Record<string, unknown>,
        bbox: boxLiteral(e.geometry),
        removed: false,
        validFrom: at(e.at),
        validTo: null,
      });
    return make(NetworkSegmentVersionRow, {
      providerId: e.providerId,
      segmentId: e.segmentId,
      version: e.version,
      utility: e.utility,
      geometry: null,
      attributes: null,
      bbox: null,
      removed: true,
      validFrom: at(e.at),
      validTo: null,
    });
  },
};

export const networkVersionsProjection: Projection<NetworkVersionRow> = {
  entity: NetworkVersionRow,
  keys: (e) => (is(e, 'NetworkVersionRecorded') ? [{ providerId: e.providerId, version: e.version }] : []),
  evolve: (_row, e) =>
    is(e, 'NetworkVersionRecorded')
      ? make(NetworkVersionRow, {
          providerId: e.providerId,
          version: e.version,
          utility: e.utility,
          source: e.source,
          added: e.added,
          changed: e.changed,
          removed: e.removed,
          recordedBy: e.by,
          recordedAt: at(e.at),
        })
      : undefined,
};
