import type { Utility } from '../form/utilities';
import type { SegmentAttributes, SegmentGeometry } from './segment';

/**
 * Events of a provider's network (stream `network-<providerId>`): who changed what, when. Each
 * version of the register is one append: its summary, then one event per segment laid or changed
 * and one per segment taken out. Segments an upload leaves as they were get no event.
 */
export type NetworkEvent =
  | {
      type: 'NetworkVersionRecorded';
      providerId: string;
      utility: Utility;
      version: number;
      source: 'geojson' | 'csv' | 'edit';
      added: number;
      changed: number;
      removed: number;
      by: string;
      at: string;
    }
  | {
      type: 'NetworkSegmentSet';
      providerId: string;
      segmentId: string;
      version: number;
      /** The version it last changed in (null: new). */
      previousVersion: number | null;
      geometry: SegmentGeometry;
      attributes: SegmentAttributes;
      at: string;
    }
  | {
      type: 'NetworkSegmentRemoved';
      providerId: string;
      segmentId: string;
      utility: Utility;
      version: number;
      previousVersion: number;
      at: string;
    };

export const networkStream = (providerId: string) => `network-${providerId}`;
