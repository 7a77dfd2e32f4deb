import { addDays, isLocalDate, shanghaiDate, startOfShanghaiDay, type LocalDate } from '../calendar/local-date';
import type { Utility } from '../form/utilities';
import type { CustomerType, ServiceTerms } from '../service/service-terms';

/**
 * Tariff-change notices (费率调整提前告知): a provider announces a change of its tariff, with the
 * day it takes effect and whom it affects, at least the catalog's minimum notice ahead. Every
 * affected account holder is told at publication and again a week before it takes effect.
 */

/** The catalog's minimum notice when its service section does not say (calendar days). */
export const DEFAULT_TARIFF_NOTICE_DAYS = 30;
/** The reminder goes out this many days before the effective day, at 09:00 Asia/Shanghai. */
export const REMINDER_DAYS_BEFORE = 7;

/** Whom a change affects, besides the customer types: every account of the provider, or those in an area. */
export type TariffArea =
  | { kind: 'all' }
  /** Accounts whose site is in one of these districts. */
  | { kind: 'districts'; districts: string[] }
  /** Accounts inside a zone of the district's register. */
  | { kind: 'zone'; zoneId: string };

export interface TariffNotice {
  noticeId: string;
  /** The provider's own reference for the change (its document number): the idempotency key. */
  reference: string;
  utility: Utility;
  providerId: string;
  title: string;
  titleZh: string;
  /** What changes, for the public: old and new prices, in each language. */
  summary: string;
  summaryZh: string;
  /** The first day the new tariff applies (from 00:00 Asia/Shanghai). */
  effectiveDate: LocalDate;
  customerTypes: CustomerType[];
  area: TariffArea;
  publishedAt: string;
  by: string;
}

/** An account told of a change: its number and its holder. */
export interface TariffAudienceMember {
  accountNo: string;
  customerId: string;
}

export type TariffNoticeEvent =
  | ({ type: 'TariffNoticePublished'; accounts: TariffAudienceMember[] } & TariffNotice)
  | ({
      type: 'TariffNoticeReminded';
      noticeId: string;
      accounts: TariffAudienceMember[];
      at: string;
      /** The reminder says itself: what changes and when (projections read one event at a time). */
    } & Pick<TariffNotice, 'utility' | 'effectiveDate' | 'title' | 'titleZh'>)
  | { type: 'TariffChangeInForce'; noticeId: string; at: string }
  | ({
      type: 'TariffNoticeWithdrawn';
      noticeId: string;
      /** Those told at publication are told it will not happen, with why. */
      accounts: TariffAudienceMember[];
      at: string;
      by: string;
    } & TariffWithdrawal &
      Pick<TariffNotice, 'utility' | 'effectiveDate' | 'title' | 'titleZh'>);

/** Why an announced change will not happen, in both languages (published: no personal data). */
export interface TariffWithdrawal {
  reason: string;
  reasonZh: string;
}

export const TARIFF_EVENT_TYPES = new Set<string>([
  'TariffNoticePublished',
  'TariffNoticeReminded',
  'TariffChangeInForce',
  'TariffNoticeWithdrawn',
]);

export function tariffNoticeDays(terms: Pick<ServiceTerms, 'tariffNoticeDays'> | undefined): number {
  return terms?.tariffNoticeDays ?? DEFAULT_TARIFF_NOTICE_DAYS;
}

/**
 * Whether a change published at `publishedAt` to take effect on `effectiveDate` gives enough
 * notice: counted in calendar days between the publication's day and the effective day (Asia/
 * Shanghai), at least `minimumDays`. When it does not, the earliest day it could take effect.
 */
export function noticeCheck(
  publishedAt: Date,
  effectiveDate: LocalDate,
  minimumDays: number,
): { ok: true } | { ok: false; earliest: LocalDate; minimumDays: number; givenDays: number } {
  const today = shanghaiDate(publishedAt);
  const earliest = addDays(today, minimumDays);
  if (!isLocalDate(effectiveDate) || effectiveDate >= earliest) return { ok: true };
  const givenDays = Math.round(
    (Date.parse(`${effectiveDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  return { ok: false, earliest, minimumDays, givenDays };
}

/** When the change takes effect: 00:00 Asia/Shanghai of its effective day (epoch ms). */
export function effectiveAt(effectiveDate: LocalDate): number {
  return startOfShanghaiDay(effectiveDate).getTime();
}

/** When the reminder goes out: 09:00 Asia/Shanghai, a week before the effective day (epoch ms). */
export function reminderAt(effectiveDate: LocalDate): number {
  return startOfShanghaiDay(addDays(effectiveDate, -REMINDER_DAYS_BEFORE)).getTime() + 9 * 3_600_000;
}

/** What a tariff is called, per utility. */
export const TARIFF_NAMES: Record<Utility, { en: string; zh: string }> = {
  power: { en: 'electricity tariff', zh: '电价' },
  water: { en: 'water tariff', zh: '水价' },
  gas: { en: 'gas tariff', zh: '气价' },
  broadband: { en: 'broadband tariff', zh: '宽带资费' },
};

/** One notification per holder, however many of their accounts are affected. */
export function holdersOf(accounts: TariffAudienceMember[]): { customerId: string; accountNos: string[] }[] {
  const byHolder = new Map<string, string[]>();
  for (const a of accounts) byHolder.set(a.customerId, [...(byHolder.get(a.customerId) ?? []), a.accountNo]);
  return [...byHolder]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([customerId, accountNos]) => ({ customerId, accountNos }));
}
