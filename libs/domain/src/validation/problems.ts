/**
 * One shape for every validation problem, on both sides of the wire: the API's `details` and the
 * web app's field messages are made from the same issues by the same functions, so a rule is
 * never worded twice and never reaches a person as a validator's English.
 *
 * A problem carries a stable `rule` (zod's code, or our own rule's name) and its `params`
 * (the minimum, the options, …); its text is rendered per language by `problemMessage`.
 */
export type ProblemParams = Record<string, string | number | boolean | string[]>;

export interface Problem {
  /** Where, e.g. "applicant.mobile" ("(form)" for the whole). */
  path: string;
  /** The rule broken, e.g. "required", "too_small", "credit_code_check_character". */
  rule: string;
  params: ProblemParams;
}

/** The parts of a zod (or Standard Schema) issue we read. */
export interface IssueLike {
  code?: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
  params?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * Rules a schema states as a pattern (so JSON Schema and the OpenAPI document show it), named:
 * `namedPattern(/^1[3-9]\d{9}$/, 'mobile_format')` makes that pattern's failure the rule
 * `mobile_format` rather than a generic `invalid_format`.
 */
const PATTERN_RULES = new Map<string, string>();
export function namedPattern(pattern: RegExp, rule: string): RegExp {
  PATTERN_RULES.set(String(pattern), rule);
  return pattern;
}

const PARAM_KEYS = ['minimum', 'maximum', 'inclusive', 'origin', 'expected', 'format', 'values', 'keys'] as const;

function plain(value: unknown): string | number | boolean | string[] | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(String);
  return undefined;
}

/** The value at a path of the input, to tell a missing answer from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = input;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

/** A zod issue as a problem: its rule (our own name for custom rules) and its parameters. */
export function toProblem(issue: IssueLike, input?: unknown): Problem {
  const segments = (issue.path ?? []).map((s) => (typeof s === 'object' && s !== null ? s.key : s));
  const path = segments.map(String).join('.') || '(form)';
  const params: ProblemParams = {};
  for (const key of PARAM_KEYS) {
    const value = plain(issue[key]);
    if (value !== undefined) params[key] = value;
  }
  for (const [key, value] of Object.entries(issue.params ?? {})) {
    const v = plain(value);
    if (key !== 'rule' && v !== undefined) params[key] = v;
  }
  const custom = issue.params?.rule;
  if (typeof custom === 'string') return { path, rule: custom, params };
  const code = issue.code ?? 'invalid';
  const blank = isBlank(valueAt(input, segments));
  // Nothing given is "required", whichever check noticed it first.
  if (
    blank &&
    (code === 'invalid_type' || code === 'invalid_format' || (code === 'too_small' && params.origin === 'string'))
  )
    return { path, rule: 'required', params: {} };
  const named = code === 'invalid_format' && PATTERN_RULES.get(String(issue.pattern));
  if (named) return { path, rule: named, params: {} };
  if (code === 'invalid_type' && params.expected === 'int') return { path, rule: 'not_integer', params: {} };
  return { path, rule: code, params };
}

export type Lang = 'zh' | 'en';
type Message = (p: ProblemParams) => string;

const list = (values: unknown, sep: string) => (Array.isArray(values) ? values.join(sep) : String(values ?? ''));

/** Our messages for zod's codes and for our own rules, in both languages. */
const MESSAGES: Record<string, Record<Lang, Message>> = {
  required: { zh: () => '请填写此项', en: () => 'Required' },
  too_small: {
    zh: (p) =>
      p.origin === 'string'
        ? `至少 ${p.minimum} 个字符`
        : p.origin === 'array'
          ? `至少 ${p.minimum} 项`
          : p.inclusive === false
            ? `须大于 ${p.minimum}`
            : `不能小于 ${p.minimum}`,
    en: (p) =>
      p.origin === 'string'
        ? `At least ${p.minimum} characters`
        : p.origin === 'array'
          ? `At least ${p.minimum} items`
          : p.inclusive === false
            ? `Must be more than ${p.minimum}`
            : `Must be at least ${p.minimum}`,
  },
  too_big: {
    zh: (p) =>
      p.origin === 'string'
        ? `最多 ${p.maximum} 个字符`
        : p.origin === 'array'
          ? `最多 ${p.maximum} 项`
          : p.inclusive === false
            ? `须小于 ${p.maximum}`
            : `不能大于 ${p.maximum}`,
    en: (p) =>
      p.origin === 'string'
        ? `At most ${p.maximum} characters`
        : p.origin === 'array'
          ? `At most ${p.maximum} items`
          : p.inclusive === false
            ? `Must be less than ${p.maximum}`
            : `Must be at most ${p.maximum}`,
  },
  not_integer: { zh: () => '请输入整数', en: () => 'Enter a whole number' },
  invalid_type: {
    zh: (p) => (p.expected === 'number' ? '请输入数字' : p.expected === 'string' ? '请输入文字' : '内容类型不正确'),
    en: (p) =>
      p.expected === 'number'
        ? 'Enter a number'
        : p.expected === 'string'
          ? 'Enter text'
          : 'Not the expected kind of value',
  },
  invalid_format: {
    zh: (p) =>
      p.format === 'email'
        ? '请输入有效的电子邮箱地址'
        : p.format === 'uuid'
          ? '编号格式不正确'
          : p.format === 'datetime'
            ? '请输入有效的日期时间'
            : '格式不正确',
    en: (p) =>
      p.format === 'email'
        ? 'Enter a valid email address'
        : p.format === 'uuid'
          ? 'Not a valid identifier'
          : p.format === 'datetime'
            ? 'Enter a valid date and time'
            : 'Not in the expected format',
  },
  invalid_value: { zh: () => '请从列表中选择', en: () => 'Choose one of the listed options' },
  unrecognized_keys: {
    zh: (p) => `不接受的字段：${list(p.keys, '、')}`,
    en: (p) => `Not accepted: ${list(p.keys, ', ')}`,
  },
  mobile_format: {
    zh: () => '请输入 11 位中国大陆手机号码（以 13–19 开头）',
    en: () => 'Enter an 11-digit mainland mobile number starting 13–19',
  },
  credit_code_length: { zh: () => '统一社会信用代码应为 18 位', en: () => 'Must be 18 characters' },
  credit_code_characters: {
    zh: () => '只能使用数字和大写字母（不含 I、O、S、V、Z）',
    en: () => 'Only digits and capital letters A–Y except I, O, S, V',
  },
  credit_code_check_character: {
    zh: () => '最后一位校验码不正确，请核对统一社会信用代码',
    en: () => 'The last character does not match the check character: please check the code',
  },
  low_voltage_capacity: {
    zh: (p) => `超过 ${p.maximum} kVA 须采用高压供电（${list(p.voltages, '、')}）`,
    en: (p) => `Above ${p.maximum} kVA needs a high-voltage supply (${list(p.voltages, ', ')})`,
  },
  dual_supply_voltage: { zh: () => '双电源仅适用于高压供电', en: () => 'Dual supply is only offered at high voltage' },
  small_standardized_limit: {
    zh: (p) => `小型标准化接入仅适用于每小时 ${p.maximum} m³ 及以下`,
    en: (p) => `Small standardized access is for up to ${p.maximum} m³/h`,
  },
  no_mobile_number: {
    zh: () => '将公开发布，不得包含手机号码',
    en: () => 'This is published: it must not contain a mobile number',
  },
  no_id_number: {
    zh: () => '将公开发布，不得包含身份证号码',
    en: () => 'This is published: it must not contain an ID number',
  },
  no_credit_code: {
    zh: () => '将公开发布，不得包含统一社会信用代码',
    en: () => 'This is published: it must not contain a credit code',
  },
  local_date: { zh: () => '请输入日期（年-月-日）', en: () => 'Enter a date (YYYY-MM-DD)' },
  period_order: { zh: () => '结束月份不能早于开始月份', en: () => 'The period cannot end before it starts' },
  at_least_one_service: {
    zh: () => '请至少选择一项：电力、供水、燃气或宽带',
    en: () => 'Choose at least one service: power, water, gas or broadband',
  },
};

/** Whether a rule has its own wording (the API falls back to the issue's text otherwise). */
export const hasMessage = (rule: string) => rule in MESSAGES;

/** A problem in words, in the user's language. */
export function problemMessage(problem: Pick<Problem, 'rule' | 'params'>, lang: Lang, fallback?: string): string {
  const message = MESSAGES[problem.rule];
  if (message) return message[lang](problem.params);
  return lang === 'zh' ? '内容不符合要求' : (fallback ?? 'Not valid');
}
