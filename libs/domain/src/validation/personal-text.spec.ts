import { personalDataIn } from './personal-text';

const rules = (text: string) => personalDataIn(text).map((p) => p.rule);

describe('personal data in text meant for the public', () => {
  it.each([
    ['联系电话13812345678。', ['no_mobile_number']],
    ['tel +86 138-1234-5678', ['no_mobile_number']],
    ['the applicant 91350100M000100Y43 complained', ['no_credit_code']],
    ['身份证110101199003074578', ['no_id_number']],
    ['ID 11010119900307457x and 13900001111', ['no_mobile_number', 'no_id_number']],
  ])('finds it in %p', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    'The price goes from 0.617 to 0.635 yuan per kWh from 2027-01-01.',
    'Reference INC-2026-1182, 95598 hotline, 12345 government line',
    'Restored in 138 minutes; 20261201 batch; account 6200012345',
  ])('leaves ordinary text alone: %p', (text) => expect(rules(text)).toEqual([]));
});
