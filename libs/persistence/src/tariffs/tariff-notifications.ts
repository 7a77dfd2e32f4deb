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
 * however many of their accounts — at publication, a week before it takes effect, and if it is
 * withdrawn: what changes (or will not), from which day, and the holder's own account numbers.
 * Pure: each event says it all.
 */
export function tariffNotifications(e: ProjectedEvent) {
  if (e.type !== 'TariffNoticePublished' && e.type !== 'TariffNoticeReminded' && e.type !== 'TariffNoticeWithdrawn')
    return [];
  const name = TARIFF_NAMES[e.utility];
  const [en, zh] = [dateEn(e.effectiveDate), dateZh(e.effectiveDate)];
  const told =
    e.type === 'TariffNoticeWithdrawn'
      ? {
          kind: 'tariff-withdrawn',
          when: e.at,
          en: `Withdrawn: the ${name.en} change announced for ${en} (${e.title}) will not take effect. ${e.reason}`,
          zh: `已撤回：原定${zh}起执行的${name.zh}调整（${e.titleZh}）不再执行。${e.reasonZh}`,
        }
      : e.type === 'TariffNoticeReminded'
        ? {
            kind: 'tariff-reminder',
            when: e.at,
            en: `In one week: the ${name.en} changes from ${en} — ${e.title}.`,
            zh: `一周后执行：${name.zh}自${zh}起调整——${e.titleZh}。`,
          }
        : {
            kind: 'tariff-notice',
            when: e.publishedAt,
            en: `The ${name.en} changes from ${en} — ${e.title}.`,
            zh: `${name.zh}自${zh}起调整——${e.titleZh}。`,
          };
  return holdersOf(e.accounts).map(({ customerId, accountNos }) => ({
    recipientKind: 'applicant',
    recipientId: customerId,
    applicationId: e.noticeId,
    key: customerId,
    kind: told.kind,
    message: `${told.en} Your account${accountNos.length > 1 ? 's' : ''}: ${accountNos.join(', ')}.`,
    messageZh: `${told.zh}涉及您的户号：${accountNos.join('、')}`,
    createdAt: at(told.when),
  }));
}
