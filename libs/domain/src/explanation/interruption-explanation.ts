import type { WorkingCalendar } from '../calendar/working-calendar';
import { formatFen } from '../catalog/compensation';
import { dateTimeText, type Lang } from '../glossary';
import type { AffectedAccount, LapseKind } from '../service/events';
import { lapseCompensationFen, likelyKwhPerHour, type LapseRule } from '../service/lapse-compensation';
import { lapseRuleFor } from '../service/lapse-owed';
import type { ServiceTerms } from '../service/service-terms';
import type { Utility } from '../form/utilities';
import { explainStage, type ClockEvent, type StageExplanation } from './stage-explanation';

export type LapseClock = 'notice' | 'arrival' | 'restoration';

export interface ExplainedBooking {
  unit: number;
  booking: 'payment' | 'top-up' | 'reversal';
  minutes: number;
  owedFen: number;
  amountFen: number;
  at: string;
  waived: boolean;
}

export interface ExplainedAccount {
  accountNo: string;
  customerId: string;
  /** The rule this account's amount comes from (by its customer type), and the sum in words. */
  rule: LapseRule | { kind: 'notice'; fen: number };
  minutes: number;
  /** What the rule gives for those minutes: equals the last booking's `owedFen`. */
  owedFen: number;
  arithmetic: Record<Lang, string>;
  bookings: ExplainedBooking[];
  netFen: number;
}

export interface InterruptionExplanation {
  stage: LapseClock;
  /** The clock itself (arrival, restoration): its limit in minutes, start, deadline, breach. */
  clock?: StageExplanation;
  /** The notice a planned interruption needed: how much, how much it had, what it pays. */
  notice?: { noticeMinutes: number; noticedAt: string | null; startsAt: string; fen: number };
  accounts: ExplainedAccount[];
  text: Record<Lang, string[]>;
}

const minutesText = (lang: Lang, minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (lang === 'zh') return `${h ? `${h} 小时` : ''}${m || !h ? `${m} 分钟` : ''}`;
  return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
};

/** How a rule turns minutes without supply into money, in words, ending at the amount. */
export function lapseArithmetic(
  rule: LapseRule,
  minutes: number,
  account: AffectedAccount,
  lang: Lang,
  /** The catalog's energy charge by tariff, for an account without its own (as the workflow books it). */
  defaultEnergyFenPerKwh: Partial<Record<string, number>> = {},
): { owedFen: number; text: string } {
  const zh = lang === 'zh';
  const out = (minutes: number) => minutesText(lang, minutes);
  if (rule.kind === 'fixed-schedule') {
    const owedFen = lapseCompensationFen(rule, minutes);
    if (minutes < rule.graceMinutes)
      return {
        owedFen,
        text: zh
          ? `停供 ${out(minutes)}，未超过 ${out(rule.graceMinutes)}：不赔付。`
          : `${out(minutes)} without supply, less than ${out(rule.graceMinutes)}: nothing is owed.`,
      };
    const further = rule.everyMinutes > 0 ? Math.floor((minutes - rule.graceMinutes) / rule.everyMinutes) : 0;
    const sum = rule.firstFen + further * rule.furtherFen;
    const capped = sum > rule.capFen;
    return {
      owedFen,
      text: zh
        ? `停供 ${out(minutes)}：满 ${out(rule.graceMinutes)} 赔 ${formatFen(rule.firstFen)}，此后每满 ${out(rule.everyMinutes)} 加 ${formatFen(rule.furtherFen)}（${further} 次）= ${formatFen(sum)}${capped ? `，上限 ${formatFen(rule.capFen)}` : ''} → ${formatFen(owedFen)}。`
        : `${out(minutes)} without supply: ${formatFen(rule.firstFen)} at ${out(rule.graceMinutes)}, then ${formatFen(rule.furtherFen)} for each further full ${out(rule.everyMinutes)} (${further}) = ${formatFen(sum)}${capped ? `, capped at ${formatFen(rule.capFen)}` : ''} → ${formatFen(owedFen)}.`,
    };
  }
  if (!account.tariff || !account.usage)
    return {
      owedFen: 0,
      text: zh
        ? '该户号没有电价类型或用电记录，无法按用电量计算。'
        : 'The account has no tariff or usage on record: the consumption rule cannot be applied.',
    };
  const metered = {
    tariff: account.tariff,
    energyFenPerKwh: account.energyFenPerKwh ?? defaultEnergyFenPerKwh[account.tariff] ?? 0,
    usage: account.usage,
  };
  const owedFen = lapseCompensationFen(rule, minutes, metered);
  const multiple = account.tariff === 'two-part' ? rule.twoPartMultiple : rule.singlePartMultiple;
  const perHour = likelyKwhPerHour(metered);
  const kwh = Math.round(perHour * (minutes / 60) * 100) / 100;
  const price = (metered.energyFenPerKwh / 100).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return {
    owedFen,
    text: zh
      ? `停供 ${out(minutes)}，按近期平均每小时 ${perHour.toFixed(2)} 千瓦时估算少用 ${kwh} 千瓦时；${account.tariff === 'two-part' ? '两部制' : '单一制'}电价按电度电价（${price} 元/千瓦时）的 ${multiple} 倍赔付 → ${formatFen(owedFen)}。`
      : `${out(minutes)} without supply: at the account's likely ${perHour.toFixed(2)} kWh an hour, ${kwh} kWh not supplied; a ${account.tariff} tariff pays ${multiple} × the energy charge (¥${price}/kWh) → ${formatFen(owedFen)}.`,
  };
}

/**
 * One clock of an interruption explained: its deadline (by `explainStage`, as for an application's
 * stages) and, for the restoration and the notice, what each affected account was booked and why.
 * `accounts` limits the accounts shown (a business sees only its own).
 */
export function explainInterruption(input: {
  events: readonly ClockEvent[];
  stage: LapseClock;
  terms: ServiceTerms;
  calendar: WorkingCalendar;
  now: Date;
  accounts?: (account: AffectedAccount) => boolean;
}): InterruptionExplanation | undefined {
  const reported = input.events.find((e) => e.type === 'InterruptionReported');
  if (!reported) return undefined;
  const utility = reported.utility as Utility;
  const kind = reported.kind as LapseKind;
  const terms = input.terms.utilities[utility];
  const clockEvents = input.events.filter(
    (e) => e.stage === input.stage && e.type !== 'LapseCompensationBooked' && e.type !== 'BreachReviewed',
  );
  const clock = explainStage({ events: clockEvents, calendar: input.calendar, now: input.now });
  if (!clock && input.stage !== 'notice') return undefined;
  const waivedEntries = input.events
    .filter((e) => e.type === 'BreachReviewed' && e.stage === input.stage && e.decision === 'waive')
    .flatMap((e) => (e.waivedEntries as { accountNo: string; unit: number }[] | undefined) ?? []);
  const bookings = input.events.filter((e) => e.type === 'LapseCompensationBooked' && e.stage === input.stage);
  const affected = (reported.accounts as AffectedAccount[]).filter(input.accounts ?? (() => true));
  const accounts: ExplainedAccount[] = affected.flatMap((account) => {
    const mine = bookings.filter((b) => b.accountNo === account.accountNo);
    if (!mine.length) return [];
    const last = mine[mine.length - 1];
    const minutes = Number(last.minutes);
    const rule: ExplainedAccount['rule'] =
      input.stage === 'notice'
        ? { kind: 'notice', fen: terms.notice.fen }
        : lapseRuleFor(input.terms, utility, kind, account);
    const sums =
      rule.kind === 'notice'
        ? (['zh', 'en'] as const).map((lang) => ({
            owedFen: rule.fen,
            text:
              lang === 'zh'
                ? `计划停供未提前足额告知：一次性赔付 ${formatFen(rule.fen)}。`
                : `A planned interruption without the notice it needed: ${formatFen(rule.fen)} once.`,
          }))
        : (['zh', 'en'] as const).map((lang) =>
            lapseArithmetic(rule, minutes, account, lang, input.terms.defaultEnergyFenPerKwh),
          );
    const list = mine.map((b) => ({
      unit: Number(b.unit),
      booking: b.booking as ExplainedBooking['booking'],
      minutes: Number(b.minutes),
      owedFen: Number(b.owedFen),
      amountFen: Number(b.amountFen),
      at: String(b.at),
      waived: waivedEntries.some((w) => w.accountNo === account.accountNo && w.unit === Number(b.unit)),
    }));
    const netFen = list.filter((b) => !b.waived).reduce((sum, b) => sum + b.amountFen, 0);
    return [
      {
        accountNo: account.accountNo,
        customerId: account.customerId,
        rule,
        minutes,
        owedFen: sums[0].owedFen,
        arithmetic: { zh: sums[0].text, en: sums[1].text },
        bookings: list,
        netFen,
      },
    ];
  });
  const notice =
    input.stage === 'notice'
      ? {
          noticeMinutes: terms.notice.noticeMinutes,
          noticedAt: (reported.noticedAt as string | null) ?? null,
          startsAt: String(reported.startedAt),
          fen: terms.notice.fen,
        }
      : undefined;
  const explanation: InterruptionExplanation = {
    stage: input.stage,
    ...(clock ? { clock } : {}),
    ...(notice ? { notice } : {}),
    accounts,
    text: { zh: [], en: [] },
  };
  explanation.text = { zh: lines(explanation, 'zh'), en: lines(explanation, 'en') };
  return explanation;
}

const BOOKINGS: Record<ExplainedBooking['booking'], Record<Lang, string>> = {
  payment: { zh: '赔付', en: 'paid' },
  'top-up': { zh: '更正后补足', en: 'topped up after a correction' },
  reversal: { zh: '更正后冲回', en: 'reversed after a correction' },
};

function lines(x: InterruptionExplanation, lang: Lang): string[] {
  const zh = lang === 'zh';
  const out = x.clock ? [...x.clock.text[lang]] : [];
  if (x.notice) {
    const had = x.notice.noticedAt
      ? zh
        ? `于${dateTimeText(lang, x.notice.noticedAt)}告知`
        : `notice was given ${dateTimeText(lang, x.notice.noticedAt)}`
      : zh
        ? '未告知'
        : 'no notice was given';
    out.push(
      zh
        ? `计划停供应至少提前 ${minutesText(lang, x.notice.noticeMinutes)}告知；停供开始于${dateTimeText(lang, x.notice.startsAt)}，${had}。`
        : `A planned interruption needs ${minutesText(lang, x.notice.noticeMinutes)} of notice; it began ${dateTimeText(lang, x.notice.startsAt)} and ${had}.`,
    );
  }
  for (const a of x.accounts) {
    out.push(zh ? `户号 ${a.accountNo}：${a.arithmetic.zh}` : `Account ${a.accountNo}: ${a.arithmetic.en}`);
    for (const b of a.bookings)
      out.push(
        zh
          ? `　${dateTimeText(lang, b.at)} ${BOOKINGS[b.booking].zh} ${formatFen(b.amountFen)}${b.waived ? '（已被区管理部门免除）' : ''}。`
          : `  ${dateTimeText(lang, b.at)}: ${BOOKINGS[b.booking].en} ${formatFen(b.amountFen)}${b.waived ? ' (then waived by the district)' : ''}.`,
      );
    out.push(zh ? `　合计应付 ${formatFen(a.netFen)}。` : `  Owed in all: ${formatFen(a.netFen)}.`);
  }
  return out;
}
