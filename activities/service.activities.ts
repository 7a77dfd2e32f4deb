import type { DataSource } from 'typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { heartbeat } from '@temporalio/activity';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { catalogAt } from '../libs/persistence/src/catalog/catalog-store';
import { currentRiskZones } from '../libs/persistence/src/catalog/zone-store';
import { AccountsExistError, importAccounts } from '../libs/persistence/src/service/accounts-store';
import {
  checkAccountImport,
  finishAccountImport,
  importAccountBatch,
} from '../libs/persistence/src/service/account-imports';
import {
  assessReliabilityPlan,
  correctMonthlyReport,
  publishMonthlyReport,
  ServiceRecordError,
  setReliabilityPlan,
} from '../libs/persistence/src/service/reports-store';

/** A refusal retrying cannot change fails the activity for good, with its code for the API. */
async function final<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceRecordError) throw ApplicationFailure.nonRetryable(error.message, error.code);
    if (error instanceof AccountsExistError)
      throw ApplicationFailure.nonRetryable(error.message, 'accounts_exist', error.existing);
    throw error;
  }
}
import { serviceTermsOf, type ServiceTerms } from '../libs/domain/src/service/service-terms';
import type { AffectedAccount, InterruptionArea } from '../libs/domain/src/service/events';
import type { ServiceAccount } from '../libs/domain/src/service/accounts';
import type { Utility } from '../libs/domain/src/form/utilities';
import type { WorkingCalendar } from '../libs/domain/src/calendar/working-calendar';
import { currentCalendar } from '../libs/persistence/src/catalog/calendar-store';

interface AccountRowRaw {
  account_no: string;
  customer_id: string;
  customer_type: AffectedAccount['customerType'];
  tariff: AffectedAccount['tariff'];
  energy_fen_per_kwh: number | null;
  usage: AffectedAccount['usage'];
  lat: number | null;
  lng: number | null;
}

/** The accounts an area covers: named ones, every one at a site, or every one in a zone of the register. */
export async function accountsIn(
  dataSource: DataSource,
  providerId: string,
  area: InterruptionArea,
  openedBefore: Date,
): Promise<AffectedAccount[]> {
  const select = `SELECT account_no, customer_id, customer_type, tariff, energy_fen_per_kwh, usage, lat, lng
                    FROM service_accounts WHERE provider_id = $1 AND opened_at <= $2`;
  let rows: AccountRowRaw[];
  if (area.kind === 'accounts')
    rows = await dataSource.query(`${select} AND account_no = ANY($3) ORDER BY account_no`, [
      providerId,
      openedBefore,
      area.accountNos,
    ]);
  else if (area.kind === 'site')
    rows = await dataSource.query(`${select} AND district = $3 AND address = $4 ORDER BY account_no`, [
      providerId,
      openedBefore,
      area.district,
      area.address,
    ]);
  else {
    const zone = (await currentRiskZones(dataSource))?.zones.find((z) => z.id === area.zoneId);
    const all: AccountRowRaw[] = zone
      ? await dataSource.query(`${select} AND lat IS NOT NULL ORDER BY account_no`, [providerId, openedBefore])
      : [];
    rows = all.filter((r) => booleanPointInPolygon([r.lng!, r.lat!], zone!.geometry));
  }
  return rows.map((r) => ({
    accountNo: r.account_no,
    customerId: r.customer_id,
    customerType: r.customer_type,
    tariff: r.tariff,
    energyFenPerKwh: r.energy_fen_per_kwh,
    usage: r.usage,
  }));
}

export function createServiceActivities({
  dataSource,
  calendar = () => currentCalendar(dataSource),
}: {
  dataSource: DataSource;
  calendar?: () => Promise<WorkingCalendar>;
}) {
  return {
    /** What an interruption is judged by: the catalog in force at its start, and the accounts it affects. */
    async interruptionContext(input: {
      utility: Utility;
      providerId: string;
      area: InterruptionArea;
      startedAt: string;
    }): Promise<{ catalogVersion: number; terms: ServiceTerms; accounts: AffectedAccount[] }> {
      const catalog = await catalogAt(dataSource, new Date(input.startedAt));
      return {
        catalogVersion: catalog.version,
        terms: serviceTermsOf(catalog),
        accounts: await accountsIn(dataSource, input.providerId, input.area, new Date(input.startedAt)),
      };
    },

    async importServiceAccounts(input: { accounts: ServiceAccount[] }): Promise<{ imported: number }> {
      return final(async () => ({ imported: await importAccounts(dataSource, input.accounts) }));
    },

    /** A staged import (account-imports.ts): one check of the whole file, then batch by batch. */
    async checkAccountImport(input: { importId: string }) {
      return final(() => checkAccountImport(dataSource, input.importId));
    },

    async importAccountBatch(input: { importId: string; from: number; size: number }) {
      heartbeat();
      return importAccountBatch(dataSource, { id: input.importId, from: input.from, size: input.size });
    },

    async finishAccountImport(input: { importId: string; status: 'done' | 'failed'; problem?: string }) {
      return finishAccountImport(dataSource, input.importId, input.status, input.problem);
    },

    async setReliabilityPlan(input: Parameters<typeof setReliabilityPlan>[1]) {
      return final(() => setReliabilityPlan(dataSource, input));
    },

    async assessReliabilityPlan(input: { providerId: string; year: number; at: string }) {
      return final(() => assessReliabilityPlan(dataSource, input));
    },

    /** The Schedule's action: on the first working day of a month, the previous month's report. */
    async publishMonthlyReport(input: { nominalAt: string }) {
      return publishMonthlyReport(dataSource, await calendar(), input);
    },

    async correctMonthlyReport(input: { month: string; reason: string; at: string }) {
      return final(() => correctMonthlyReport(dataSource, input));
    },
  };
}
