import type { TariffNoticeEvent } from '../../../domain/src/tariffs/tariff-notice';
import { at, make } from '../read-models/fold';
import type { ProjectedEvent, Projection } from '../read-models/projections';
import { TariffNoticeRow } from './tariff-notice.entity';

const isTariffEvent = (e: ProjectedEvent): e is Extract<ProjectedEvent, TariffNoticeEvent> =>
  e.type === 'TariffNoticePublished' ||
  e.type === 'TariffNoticeReminded' ||
  e.type === 'TariffChangeInForce' ||
  e.type === 'TariffNoticeWithdrawn';

export const tariffNoticesProjection: Projection<TariffNoticeRow> = {
  entity: TariffNoticeRow,
  keys: (e) => (isTariffEvent(e) ? [{ id: e.noticeId }] : []),
  evolve(row, e) {
    if (e.type === 'TariffNoticePublished')
      return make(TariffNoticeRow, {
        id: e.noticeId,
        reference: e.reference,
        utility: e.utility,
        providerId: e.providerId,
        title: e.title,
        titleZh: e.titleZh,
        summary: e.summary,
        summaryZh: e.summaryZh,
        effectiveDate: e.effectiveDate,
        customerTypes: e.customerTypes,
        area: e.area as Record<string, unknown>,
        status: 'upcoming',
        accounts: e.accounts.length,
        holders: new Set(e.accounts.map((a) => a.customerId)).size,
        remindedAccounts: null,
        publishedAt: at(e.publishedAt),
        remindedAt: null,
        inForceAt: null,
        publishedBy: e.by,
        withdrawnAt: null,
        withdrawalReason: null,
        withdrawalReasonZh: null,
      });
    if (!row) return undefined;
    if (e.type === 'TariffNoticeReminded') return { ...row, remindedAccounts: e.accounts.length, remindedAt: at(e.at) };
    if (e.type === 'TariffChangeInForce') return { ...row, status: 'in-force', inForceAt: at(e.at) };
    if (e.type === 'TariffNoticeWithdrawn')
      return {
        ...row,
        status: 'withdrawn',
        withdrawnAt: at(e.at),
        withdrawalReason: e.reason,
        withdrawalReasonZh: e.reasonZh,
      };
    return undefined;
  },
};
