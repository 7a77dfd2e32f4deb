import { holdersOf, TARIFF_NAMES } from '../../../domain/src/tariffs/tariff-notice';
import { at } from '../read-models/fold';
import type { ProjectedEvent } from '../read-models/projections';

const dateZh = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const dateEn = (d: string) =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * A tariff change told to each holder of an affected account — one notification per holder,
 * however many of their accounts — at publication, and a week before it takes effect: what
 * changes, from which day, and the holder's own account numbers. Pure: each event says it all.
 */
export function tariffNotifications(e: ProjectedEvent) {
  if (e.type !== 'TariffNoticePublished' && e.type !== 'TariffNoticeReminded') return [];
  const reminder = e.type === 'TariffNoticeReminded';
  const when = e.type === 'TariffNoticePublished' ? e.publishedAt : e.at;
  const name = TARIFF_NAMES[e.utility];
  return holdersOf(e.accounts).map(({ customerId, accountNos }) => ({
    recipientKind: 'applicant',
    recipientId: customerId,
    applicationId: e.noticeId,
    key: customerId,
    kind: reminder ? 'tariff-reminder' : 'tariff-notice',
    message: `${reminder ? 'In one week: ' : ''}the ${name.en} changes from ${dateEn(e.effectiveDate)} — ${e.title}. Your account${accountNos.length > 1 ? 's' : ''}: ${accountNos.join(', ')}.`,
    messageZh: `${reminder ? '一周后执行：' : ''}${name.zh}自${dateZh(e.effectiveDate)}起调整——${e.titleZh}。涉及您的户号：${accountNos.join('、')}`,
    createdAt: at(when),
  }));
}
