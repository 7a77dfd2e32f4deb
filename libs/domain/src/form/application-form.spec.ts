import { creditCodeCheckCharacter, creditCodeProblem } from './credit-code';
import {
  requestedUtilities,
  serviceCategory,
  validateApplicationForm,
  type ApplicationFormInput,
} from './application-form';
import { sampleApplication } from '../../../../seeds/sample-application';

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
        ['applicant.mobile', 'invalid_format'],
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
