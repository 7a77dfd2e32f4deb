import { formatFen } from '../catalog/compensation';
import { dateTimeText, deadlineText, durationText, term, type Lang } from '../glossary';
import type { ExplainedDay, ExplainedUnit, StageExplanation } from './stage-explanation';

type Words = Record<Lang, string>;

/** Why a stage's clock starts when it does, by stage. */
const APPOINTMENT: Words = {
  zh: '联合踏勘预约时间到达（或供应单位在此之前开工）',
  en: "the joint survey appointment came (or the provider's work began before it)",
};
const PERMIT: Words = { zh: '供应单位申请占掘路许可', en: 'the provider applied for the road permit' };
const STARTS: Record<string, Words> = {
  acceptance: { zh: '申请提交', en: 'the application was submitted' },
  'survey-scheduling': {
    zh: '窗口受理申请（或申请人错过踏勘）',
    en: 'the window accepted the application (or the applicant missed the survey)',
  },
  survey: APPOINTMENT,
  total: APPOINTMENT,
  plan: { zh: '上一环节（现场踏勘）完成', en: 'the survey before it was completed' },
  construction: { zh: '上一环节（方案与报价）完成', en: 'the plan before it was completed' },
  connection: { zh: '上一环节（外线施工）完成', en: 'the external works before it were completed' },
  'road-authority-permit': PERMIT,
  'traffic-police-permit': PERMIT,
};

/** Why a clock stood still, by the reason the workflow recorded. */
const PAUSES: Record<string, Words> = {
  supplement: { zh: '等待申请人补正材料', en: 'waiting for the applicant to supply what was asked (补正)' },
  'survey-missed': { zh: '申请人未到场参加联合踏勘', en: 'the applicant missed the joint survey' },
  'survey-moved': { zh: '申请人改约踏勘时间', en: 'the applicant moved the survey appointment' },
  'road-permit': { zh: '占掘路许可在审批部门办理', en: 'the road permit was with the agencies' },
  pause: { zh: '暂停计时', en: 'a pause' },
};

const WEEKDAYS: Record<Lang, string[]> = {
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const dayText = (lang: Lang, date: string) => {
  const weekday = WEEKDAYS[lang][new Date(`${date}T00:00:00Z`).getUTCDay()];
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日（${weekday}）` : `${weekday} ${date}`;
};

/** A span of working time: "1 个工作日 3 小时" / "1 working day 3 hours" (a working day is 24 h). */
export function spanText(lang: Lang, spanMs: number, byDays: boolean): string {
  const hours = Math.round(spanMs / 3_600_000);
  const days = byDays ? Math.floor(hours / 24) : 0;
  const rest = hours - days * 24;
  const parts = [
    ...(days ? [durationText(lang, days, 'workingDays')] : []),
    ...(rest || !days ? [durationText(lang, rest, 'hours')] : []),
  ];
  return parts.join(lang === 'zh' ? '' : ' ');
}

/** Consecutive skipped days with the same reason, as one line each. */
function skippedRuns(days: readonly ExplainedDay[]): { from: string; to: string; day: ExplainedDay }[] {
  const runs: { from: string; to: string; day: ExplainedDay }[] = [];
  for (const day of days) {
    if (day.kind !== 'weekend' && day.kind !== 'holiday') continue;
    const last = runs[runs.length - 1];
    const same = last && last.day.kind === day.kind && last.day.name?.en === day.name?.en;
    const next = last && new Date(Date.parse(`${last.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (same && next === day.date) last.to = day.date;
    else runs.push({ from: day.date, to: day.date, day });
  }
  return runs;
}

/** The explanation in words, line by line, in both languages. */
export function explanationText(x: StageExplanation): Record<Lang, string[]> {
  return { zh: lines(x, 'zh'), en: lines(x, 'en') };
}

function lines(x: StageExplanation, lang: Lang): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  const when = (at: string) => dateTimeText(lang, at);
  const due = (at: string) => deadlineText(lang, at, new Date(at));
  const limit = durationText(lang, x.limit.amount, x.limit.unit);
  const version =
    x.catalogVersion !== undefined
      ? zh
        ? `（时限目录第 ${x.catalogVersion} 版）`
        : ` (catalog version ${x.catalogVersion})`
      : '';
  out.push(
    zh ? `${term(lang, x.stage)}时限：${limit}${version}。` : `${term(lang, x.stage)} limit: ${limit}${version}.`,
  );
  const why = STARTS[x.stage]?.[lang];
  const byDays = x.limit.unit === 'workingDays' || x.limit.unit === 'calendarDays';
  const from = byDays
    ? zh
      ? '按日计的时限从次日起算，开始当天不计。'
      : 'A limit in days counts from the next day, not the day it starts.'
    : '';
  out.push(
    zh
      ? `${when(x.startedAt)}开始计时${why ? `：${why}` : ''}。${from}`
      : `Started ${when(x.startedAt)}${why ? `, when ${why}` : ''}.${from ? ` ${from}` : ''}`,
  );
  if (x.runs > 1)
    out.push(
      zh
        ? `此环节计时共开始 ${x.runs} 次，以下说明最近一次。`
        : `This stage's clock has started ${x.runs} times; this explains the last.`,
    );
  for (const run of skippedRuns(x.days)) {
    const span = run.from === run.to ? dayText(lang, run.from) : `${dayText(lang, run.from)}–${dayText(lang, run.to)}`;
    const what =
      run.day.kind === 'weekend'
        ? zh
          ? '周末'
          : 'weekend'
        : run.day.name
          ? zh
            ? `法定节假日（${run.day.name.zh}）`
            : `public holiday (${run.day.name.en})`
          : zh
            ? '法定节假日'
            : 'public holiday';
    out.push(zh ? `不计：${span}，${what}。` : `Not counted: ${span}, ${what}.`);
  }
  for (const day of x.days.filter((d) => d.adjusted && d.kind === 'counted'))
    out.push(
      zh
        ? `计入：${dayText(lang, day.date)}，调休上班日${day.name ? `（${day.name.zh}调休）` : ''}。`
        : `Counted: ${dayText(lang, day.date)}, a weekend worked in place of a holiday (调休${day.name ? `, ${day.name.en}` : ''}).`,
    );
  for (const p of x.pauses) {
    const reason = (PAUSES[p.reason] ?? { zh: p.reason, en: p.reason })[lang];
    if (p.to)
      out.push(
        zh
          ? `暂停：${when(p.from)}至${when(p.to)}，${reason}；退回${spanText(lang, p.givenBackMs, x.limit.unit === 'workingDays')}${x.limit.unit === 'workingDays' ? '工作时间' : ''}。`
          : `Stood still ${when(p.from)} to ${when(p.to)}: ${reason}; gave back ${spanText(lang, p.givenBackMs, x.limit.unit === 'workingDays')}${x.limit.unit === 'workingDays' ? ' of working time' : ''}.`,
      );
    else
      out.push(
        zh
          ? `自${when(p.from)}起暂停：${reason}；恢复计时后，期限顺延暂停的时间。`
          : `Standing still since ${when(p.from)}: ${reason}; the deadline moves by the time it stays stopped.`,
      );
  }
  for (const move of x.moves.filter((m) => m.why !== 'started'))
    out.push(
      move.why === 'resumed'
        ? zh
          ? `${when(move.at)}恢复计时，期限顺延至${due(move.dueAt)}。`
          : `Running again ${when(move.at)}: the deadline moved to ${due(move.dueAt)}.`
        : zh
          ? `${when(move.at)}重新计算（${move.reason}），期限为${due(move.dueAt)}。`
          : `Recounted ${when(move.at)} (${move.reason}): the deadline is ${due(move.dueAt)}.`,
    );
  const assumed = [...new Set(x.days.filter((d) => d.assumed).map((d) => d.date.slice(0, 4)))];
  if (assumed.length)
    out.push(
      zh
        ? `${assumed.join('、')}年的节假日尚未公布：暂按周一至周五为工作日计算，公布后重新计算。`
        : `The holidays of ${assumed.join(', ')} are not yet published: Monday to Friday were assumed to be working days, and the deadline is recounted once they are.`,
    );
  const given = spanText(lang, x.givenBackMs, x.limit.unit === 'workingDays');
  const nth = x.limit.unit === 'workingDays' ? (zh ? '个工作日' : 'working day') : zh ? '天' : 'day';
  const how = !byDays
    ? x.givenBackMs
      ? zh
        ? `开始后${limit}，加暂停的${given}`
        : `${limit} after the start, plus the ${given} it stood still`
      : zh
        ? `开始后${limit}`
        : `${limit} after the start`
    : x.givenBackMs
      ? zh
        ? `${limit}加暂停退回的${given}，到当日结束`
        : `${limit} plus the ${given} the pauses gave back, to the end of that day`
      : zh
        ? `开始后第 ${x.limit.amount} ${nth}结束时`
        : `the end of the ${ordinal(x.limit.amount)} ${nth} after the start`;
  out.push(zh ? `期限：${due(x.dueAt)}（${how}）。` : `Deadline: ${due(x.dueAt)} (${how}).`);
  if (!x.matchesRecorded)
    out.push(
      zh
        ? `记录的期限为${due(x.recordedDueAt)}；按现行日历重算为${due(x.dueAt)}（日历已调整），以记录为准。`
        : `The recorded deadline is ${due(x.recordedDueAt)}; counted on today's calendar it would be ${due(x.dueAt)} (the calendar has changed since): the recorded one stands.`,
    );
  if (x.breach)
    out.push(
      zh
        ? `逾期：期限（${due(x.breach.dueAt)}）届满时此环节尚未完成。`
        : `Missed: the deadline (${due(x.breach.dueAt)}) passed with the stage still open.`,
    );
  if (x.compensation) out.push(...compensationLines(x.compensation, lang));
  return out;
}

function compensationLines(c: NonNullable<StageExplanation['compensation']>, lang: Lang): string[] {
  const zh = lang === 'zh';
  const per = durationText(lang, 1, c.rule.unit).replace(/^1 /, '');
  const out = [
    zh
      ? `赔付规则：逾期一次性 ${formatFen(c.rule.fixedFen)}，此后每逾期 1 ${per} ${formatFen(c.rule.perUnitFen)}，上限 ${formatFen(c.rule.capFen)}。`
      : `Rule: ${formatFen(c.rule.fixedFen)} once the deadline is missed, then ${formatFen(c.rule.perUnitFen)} per further ${per} late, up to ${formatFen(c.rule.capFen)}.`,
  ];
  // Units not booked (yet) are said once per run: "late working days 3–8: ¥50.00 each → …".
  const runs: { units: ExplainedUnit[] }[] = [];
  for (const u of c.units) {
    const last = runs[runs.length - 1]?.units;
    const quiet = (v: ExplainedUnit) => v.unit > 0 && v.paidFen === 0 && v.status !== 'paid';
    if (last && quiet(u) && quiet(last[0]) && last[0].status === u.status && last[0].ruleFen === u.ruleFen)
      last.push(u);
    else runs.push({ units: [u] });
  }
  for (const { units } of runs) {
    const u = units[0];
    const many = units.length > 1;
    const day = (v: ExplainedUnit) => (v.lateDay ? dayText(lang, v.lateDay) : '');
    const what =
      u.unit === 0
        ? zh
          ? '逾期一次性赔付'
          : 'The deadline missed'
        : many
          ? zh
            ? `逾期第 ${u.unit}–${units[units.length - 1].unit} ${per}，每${per.replace(/^个/, '')}`
            : `Late ${per}s ${u.unit}–${units[units.length - 1].unit}, each`
          : zh
            ? `逾期第 ${u.unit} ${per}${u.lateDay ? `（${day(u)}）` : ''}`
            : `Late ${per} ${u.unit}${u.lateDay ? ` (${day(u)})` : ''}`;
    const trimmed = u.unit > 0 && u.ruleFen < c.rule.perUnitFen;
    const rule = trimmed
      ? zh
        ? `${formatFen(c.rule.perUnitFen)}，按上限截为 ${formatFen(u.ruleFen)}`
        : `${formatFen(c.rule.perUnitFen)}, trimmed to the cap: ${formatFen(u.ruleFen)}`
      : formatFen(u.ruleFen);
    const status = {
      paid:
        u.paidFen === u.ruleFen
          ? zh
            ? `记入 ${formatFen(u.paidFen)}`
            : `booked ${formatFen(u.paidFen)}`
          : zh
            ? `同一业务另一计时已赔付当日，补足差额 ${formatFen(u.paidFen)}（同日只赔一次）`
            : `the utility's other clock had paid this day: the difference, ${formatFen(u.paidFen)} (a late day is paid once)`,
      'paid-elsewhere': zh
        ? '同一业务另一计时已按不低的标准赔付当日，不重复赔付'
        : "the utility's other clock had paid this day at a rate as high: nothing more (a late day is paid once)",
      waived: zh
        ? `记入 ${formatFen(u.paidFen)}，已被区管理部门免除`
        : `booked ${formatFen(u.paidFen)}, then waived by the district`,
      'due-later': zh ? '此环节仍未完成的，到期时记入' : 'booked as it falls due, while the stage stays open',
      'not-reached': zh
        ? '环节已结束或已免除，不再产生'
        : 'not earned: the stage closed or the breach was waived first',
    }[u.status];
    out.push(zh ? `${what}：${rule} → ${status}。` : `${what}: ${rule} → ${status}.`);
  }
  out.push(
    zh
      ? `合计：记入 ${formatFen(c.accruedFen)} − 免除 ${formatFen(c.waivedFen)} = 应付申请人 ${formatFen(c.netFen)}。`
      : `In all: booked ${formatFen(c.accruedFen)} − waived ${formatFen(c.waivedFen)} = ${formatFen(c.netFen)} owed to the applicant.`,
  );
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
