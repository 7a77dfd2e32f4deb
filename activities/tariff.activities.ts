import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { DataSource } from 'typeorm';
import { currentRiskZones } from '../libs/persistence/src';
import type { TariffAudienceMember, TariffNotice, TariffWithdrawal } from '../libs/domain/src/tariffs/tariff-notice';
import type { ActivityDeps } from '.';
import { createEventStoreActivities } from './event-store.activities';

export type TariffStep = 'published' | 'reminded' | 'in-force' | 'withdrawn';

/**
 * The accounts a change affects at `at`: the provider's, of the customer types named, in the area,
 * opened by then — ordered, so a retried step records the very same list.
 */
export async function tariffAudience(
  dataSource: DataSource,
  notice: Pick<TariffNotice, 'providerId' | 'customerTypes' | 'area'>,
  at: Date,
): Promise<TariffAudienceMember[]> {
  const select = `SELECT account_no, customer_id, lat, lng FROM service_accounts
                   WHERE provider_id = $1 AND opened_at <= $2 AND customer_type = ANY($3)`;
  const params = [notice.providerId, at, notice.customerTypes];
  const area = notice.area;
  let rows: { account_no: string; customer_id: string; lat: number | null; lng: number | null }[];
  if (area.kind === 'all') rows = await dataSource.query(`${select} ORDER BY account_no`, params);
  else if (area.kind === 'districts')
    rows = await dataSource.query(`${select} AND district = ANY($4) ORDER BY account_no`, [...params, area.districts]);
  else {
    const zone = (await currentRiskZones(dataSource))?.zones.find((z) => z.id === area.zoneId);
    const located: typeof rows = zone
      ? await dataSource.query(`${select} AND lat IS NOT NULL ORDER BY account_no`, params)
      : [];
    rows = located.filter((r) => booleanPointInPolygon([r.lng!, r.lat!], zone!.geometry));
  }
  return rows.map((r) => ({ accountNo: r.account_no, customerId: r.customer_id }));
}

/** Every account told of a notice so far (at publication or the reminder), each once, in order. */
async function toldOf(dataSource: DataSource, streamId: string): Promise<TariffAudienceMember[]> {
  const rows: { accountNo: string; customerId: string }[] = await dataSource.query(
    `SELECT DISTINCT a->>'accountNo' AS "accountNo", a->>'customerId' AS "customerId"
       FROM events e, jsonb_array_elements(e.data->'accounts') a
      WHERE e.stream_id = $1 AND e.type IN ('TariffNoticePublished', 'TariffNoticeReminded')
      ORDER BY 1`,
    [streamId],
  );
  return rows;
}

export function createTariffActivities(deps: ActivityDeps) {
  const { appendEvents } = createEventStoreActivities(deps);
  return {
    /**
     * One step of a notice, one append: published and reminded name the accounts affected at that
     * moment (read in this activity, so the list never travels through the workflow's history).
     */
    async recordTariffStep(input: {
      notice: TariffNotice;
      step: TariffStep;
      version: number;
      at: string;
      /** A withdrawal: who, and why. */
      withdrawal?: TariffWithdrawal & { by: string };
    }): Promise<{ accounts: number; holders: number }> {
      const { notice, step, at } = input;
      const streamId = `tariff-notice-${notice.noticeId}`;
      const accounts =
        step === 'in-force'
          ? []
          : step === 'withdrawn'
            ? await toldOf(deps.dataSource, streamId)
            : await tariffAudience(deps.dataSource, notice, new Date(at));
      const about = {
        noticeId: notice.noticeId,
        accounts,
        at,
        utility: notice.utility,
        effectiveDate: notice.effectiveDate,
        title: notice.title,
        titleZh: notice.titleZh,
      };
      const data =
        step === 'published'
          ? { type: 'TariffNoticePublished', ...notice, accounts }
          : step === 'reminded'
            ? { type: 'TariffNoticeReminded', ...about }
            : step === 'withdrawn'
              ? { type: 'TariffNoticeWithdrawn', ...about, ...input.withdrawal }
              : { type: 'TariffChangeInForce', noticeId: notice.noticeId, at };
      const actor = step === 'published' ? notice.by : step === 'withdrawn' ? input.withdrawal!.by : 'system';
      await appendEvents({
        streamId,
        expectedVersion: input.version,
        events: [{ type: data.type, data, metadata: { actor } }],
      });
      return { accounts: accounts.length, holders: new Set(accounts.map((a) => a.customerId)).size };
    },
  };
}
