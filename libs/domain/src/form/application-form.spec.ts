import { creditCodeCheckCharacter, creditCodeProblem } from './credit-code';
import {
  requestedUtilities,
  serviceCategory,
  validateApplicationForm,
  type ApplicationFormInput,
} from './application-form';
import { sampleApplication } from '../../../../seeds/sample-application';
import { problemMessage } from '../validation/problems';

const validForm = (): ApplicationFormInput => {
  const form = sampleApplication();
  return { ...form, applicant: { ...form.applicant, email: 'wang.fang@example.cn' } };
};

describe('the unified social credit code (GB 32100-2015)', () => {
  it('accepts a code whose check character matches', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('names what is wrong with a bad code', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check_character');
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100YO3')).toBe('characters'); // O is not in the alphabet
  });
});

describe('the one form', () => {
  it('accepts a complete form and derives each service category', () => {
    const result = validateApplicationForm(validForm());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(requestedUtilities(result.form)).toEqual(['power', 'water', 'gas', 'broadband']);
    expect(serviceCategory(result.form, 'power')).toBe('low-voltage-non-residential');
    expect(serviceCategory(result.form, 'gas')).toBe('gas-small-standardized');
  });

  it('gives high-voltage single and dual supply their own categories', () => {
    const form = validForm();
    form.services = { power: { capacityKva: 2000, voltage: '10kV', supply: 'dual' } };
    const result = validateApplicationForm(form);
    expect(result.ok && serviceCategory(result.form, 'power')).toBe('high-voltage-dual');
  });

  it('reports every problem with its path and rule, not just the first', () => {
    const form = validForm();
    form.applicant.creditCode = '91350100M000100Y44';
    form.applicant.mobile = '02112345678';
    form.services.power = { capacityKva: 400, voltage: '380V', supply: 'dual' };
    form.services.gas = { hourlyUseM3: 80, smallStandardized: true };
    const result = validateApplicationForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.rule])).toEqual(
      expect.arrayContaining([
        ['applicant.creditCode', 'credit_code_check_character'],
        ['applicant.mobile', 'mobile_format'],
        ['services.power.capacityKva', 'low_voltage_capacity'],
        ['services.power.supply', 'dual_supply_voltage'],
        ['services.gas.smallStandardized', 'small_standardized_limit'],
      ]),
    );
    expect(result.problems).toHaveLength(5);
  });

  it('requires at least one service and refuses unknown ones', () => {
    const none = validateApplicationForm({ ...validForm(), services: {} });
    expect(!none.ok && none.problems).toEqual([
      {
        path: 'services',
        rule: 'at_least_one_service',
        params: {},
        message: 'request at least one of power, water, gas, broadband',
      },
    ]);
    const unknown = validateApplicationForm({ ...validForm(), services: { heating: {} } });
    expect(!unknown.ok && unknown.problems[0]).toMatchObject({ path: 'services', rule: 'unrecognized_keys' });
  });

  it('a subset of services is a valid request', () => {
    const result = validateApplicationForm({
      ...validForm(),
      services: { power: { capacityKva: 50, voltage: '220V' }, water: { pipeDiameterMm: 25, dailyUseM3: 2 } },
    });
    expect(result.ok && requestedUtilities(result.form)).toEqual(['power', 'water']);
  });
});

describe('the form’s problems in the user’s language', () => {
  const empty = validateApplicationForm({ applicant: {}, site: {}, services: {} });
  const problems = empty.ok ? [] : empty.problems;

  it('an empty form: every required field is named "required", and no service chosen', () => {
    expect(problems.map((p) => [p.path, p.rule])).toEqual([
      ['applicant.companyName', 'required'],
      ['applicant.creditCode', 'required'],
      ['applicant.contactName', 'required'],
      ['applicant.mobile', 'required'],
      ['site.address', 'required'],
      ['site.district', 'required'],
      ['services', 'at_least_one_service'],
    ]);
  });

  it('says each problem in Chinese with no validator English, and in English', () => {
    const form = validForm();
    form.applicant.creditCode = '91350100M000100Y44';
    form.applicant.mobile = '12345';
    form.applicant.email = 'not-an-email';
    form.services = {
      power: { capacityKva: 400, voltage: '380V', supply: 'single' },
      water: { pipeDiameterMm: 12.5, dailyUseM3: -1 },
      broadband: { bandwidthMbps: 5, carrier: 'china-nowhere' as never },
    };
    const result = validateApplicationForm(form);
    const all = [...problems, ...(result.ok ? [] : result.problems)];
    const zh = all.map((p) => problemMessage(p, 'zh'));
    for (const text of zh) expect(text).not.toMatch(/[A-Za-z]{4,}/); // units (kVA, m³) and voltages only
    expect(zh).toEqual(
      expect.arrayContaining([
        '请填写此项',
        '最后一位校验码不正确，请核对统一社会信用代码',
        '请输入 11 位中国大陆手机号码（以 13–19 开头）',
        '请输入有效的电子邮箱地址',
        '超过 160 kVA 须采用高压供电（10kV、35kV、110kV）',
        '请输入整数',
        '须大于 0',
        '不能小于 10',
        '请从列表中选择',
        '请至少选择一项：电力、供水、燃气或宽带',
      ]),
    );
    expect(all.map((p) => problemMessage(p, 'en'))).toEqual(
      expect.arrayContaining([
        'Required',
        'Enter a whole number',
        'Must be at least 10',
        'Enter a valid email address',
      ]),
    );
  });
});
