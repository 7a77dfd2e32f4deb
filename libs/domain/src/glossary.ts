/**
 * The domain's words as people read them, in Chinese and English: one source for the API's
 * Chinese messages (notifications, the receipt) and the web app's labels. Times are always
 * Asia/Shanghai, whatever the machine's zone.
 */
export type Lang = 'zh' | 'en';

export const TERMS: Record<Lang, Record<string, string>> = {
  zh: {
    power: '电力',
    water: '供水',
    gas: '燃气',
    broadband: '宽带',
    joint: '综合窗口',
    acceptance: '受理',
    'survey-scheduling': '安排踏勘',
    survey: '现场踏勘',
    plan: '方案与报价',
    construction: '外线施工',
    connection: '接入',
    total: '全流程',
    'complaint-acknowledgement': '投诉确认受理',
    'complaint-response': '供应单位答复投诉',
    'complaint-decision': '投诉处理决定',
    'consultation-reply': '一窗答复咨询',
    'consultation-answer': '供应单位答复咨询',
    'follow-up': '差评回访',
    'quality-figures': '按月报送供应质量与可持续性数据',
    'rated-application': '报装服务',
    'rated-complaint': '投诉处理',
    'rated-interruption': '停供处置',
    delay: '办理超时',
    charges: '收费问题',
    service: '服务态度',
    'supply-quality': '供应质量',
    interruption: '停供',
    'other-matter': '其他问题',
    upheld: '投诉成立',
    'partly-upheld': '部分成立',
    'rejected-complaint': '投诉不成立',
    'road-authority-permit': '路政许可',
    'traffic-police-permit': '交警许可',
    'road-authority': '区道路管理部门（路政）',
    'traffic-police': '区公安交警部门',
    'low-voltage-non-residential': '低压非居民',
    'high-voltage-single': '高压单电源',
    'high-voltage-dual': '高压双电源',
    'water-standard': '供水',
    'gas-standard': '燃气',
    'gas-small-standardized': '小型标准化燃气',
    'broadband-standard': '宽带',
    workingDays: '个工作日',
    calendarDays: '个自然日',
    hours: '小时',
    minutes: '分钟',
    'business-licence': '营业执照',
    'property-proof': '产权证明或租赁合同',
    'site-plan': '总平面图',
    'load-list': '用电负荷清单',
    'agent-authorisation': '经办人授权委托书',
    other: '其他材料',
  },
  en: {
    power: 'Power',
    water: 'Water',
    gas: 'Gas',
    broadband: 'Broadband',
    joint: 'One window',
    acceptance: 'Acceptance',
    'complaint-acknowledgement': 'Complaint acknowledgement',
    'complaint-response': "Provider's response to a complaint",
    'complaint-decision': 'Complaint decision',
    'consultation-reply': "The window's reply to a consultation",
    'consultation-answer': "A provider's answer to a consultation",
    'follow-up': 'Follow-up call after a poor rating',
    'quality-figures': "The month's quality and sustainability figures",
    'rated-application': 'connection',
    'rated-complaint': 'complaint handling',
    'rated-interruption': 'interruption handling',
    delay: 'Delay',
    charges: 'Charges',
    service: 'Service',
    'supply-quality': 'Supply quality',
    interruption: 'Interruption',
    'other-matter': 'Other matter',
    upheld: 'Upheld',
    'partly-upheld': 'Partly upheld',
    'rejected-complaint': 'Not upheld',
    'survey-scheduling': 'Survey scheduling',
    survey: 'Site survey',
    plan: 'Plan & quote',
    construction: 'External works',
    connection: 'Connection',
    total: 'End to end',
    'road-authority-permit': 'Road authority permit',
    'traffic-police-permit': 'Traffic police permit',
    'road-authority': 'District road authority',
    'traffic-police': 'District traffic police',
    'low-voltage-non-residential': 'Low voltage, non-residential',
    'high-voltage-single': 'High voltage, single supply',
    'high-voltage-dual': 'High voltage, dual supply',
    'water-standard': 'Standard',
    'gas-standard': 'Standard',
    'gas-small-standardized': 'Small standardized',
    'broadband-standard': 'Standard',
    workingDays: 'working days',
    calendarDays: 'calendar days',
    hours: 'hours',
    minutes: 'minutes',
    'business-licence': 'Business licence',
    'property-proof': 'Proof of property or lease',
    'site-plan': 'Site plan',
    'load-list': 'Load list',
    'agent-authorisation': 'Agent’s letter of authorisation',
    other: 'Other documents',
  },
};

/** A term in words ("survey" → "现场踏勘"); an unknown one as it is. */
export const term = (lang: Lang, key: string): string => TERMS[lang][key] ?? key;

/** A time limit: "6 个工作日", "1 working day". */
export function durationText(lang: Lang, amount: number, unit: string): string {
  const word = term(lang, unit);
  return `${amount} ${lang === 'en' && amount === 1 ? word.replace(/s$/, '') : word}`;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Asia/Shanghai wall-clock parts. */
function shanghai(instant: Date): LocalParts {
  const parts = Object.fromEntries(FORMAT.formatToParts(instant).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

const WEEKDAYS_ZH = '日一二三四五六';
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "2026年12月3日 10:00" / "3 Dec 2026, 10:00". */
export function dateTimeText(lang: Lang, instant: Date | string): string {
  const p = shanghai(new Date(instant));
  return lang === 'zh'
    ? `${p.year}年${p.month}月${p.day}日 ${two(p.hour)}:${two(p.minute)}`
    : `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}, ${two(p.hour)}:${two(p.minute)}`;
}

/**
 * A deadline as the day it ends on: "12月9日（周二）24:00前" / "by 24:00 Tue 9 Dec". A deadline at
 * 00:00 Shanghai is the end (24:00) of the day before, so that day is named. The year is said
 * when it is not the current one.
 */
export function deadlineText(lang: Lang, instant: Date | string, now: Date = new Date()): string {
  const at = new Date(instant);
  const raw = shanghai(at);
  const midnight = raw.hour === 0 && raw.minute === 0;
  const p = midnight ? shanghai(new Date(at.getTime() - 60_000)) : raw;
  const time = midnight ? '24:00' : `${two(raw.hour)}:${two(raw.minute)}`;
  const thisYear = p.year === shanghai(now).year;
  if (lang === 'zh')
    return `${thisYear ? '' : `${p.year}年`}${p.month}月${p.day}日（周${WEEKDAYS_ZH[p.weekday]}）${time}前`;
  return `by ${time} ${WEEKDAYS_EN[p.weekday]} ${p.day} ${MONTHS_EN[p.month - 1]}${thisYear ? '' : ` ${p.year}`}`;
}
