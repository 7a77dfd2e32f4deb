/**
 * Personal data that must never reach a public page inside free text: a mainland mobile number,
 * a unified social credit code (统一社会信用代码) or a resident ID number (身份证号). Public text
 * (a disclosure summary, a tariff notice) is checked before it is published.
 */
const PATTERNS: { rule: string; pattern: RegExp }[] = [
  {
    rule: 'no_mobile_number',
    pattern: /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/,
  },
  {
    rule: 'no_id_number',
    pattern:
      /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/,
  },
  {
    rule: 'no_credit_code',
    pattern: /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/,
  },
];

export interface PersonalTextProblem {
  rule: string;
  params: Record<string, never>;
}

/** What personal data a text carries (empty when none), each found kind once. */
export function personalDataIn(text: string): PersonalTextProblem[] {
  const found: PersonalTextProblem[] = [];
  // In this order, each kind's matches taken out before the next is looked for: an 18-digit ID
  // number also has the shape of a credit code, and is one thing, not two.
  let rest = text;
  for (const p of PATTERNS) {
    if (!p.pattern.test(rest)) continue;
    found.push({ rule: p.rule, params: {} }); // worded by the shared problem messages
    rest = rest.replace(new RegExp(p.pattern.source, 'g'), ' ');
  }
  return found;
}
