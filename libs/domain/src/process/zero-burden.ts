import { formatFen } from '../catalog/compensation';
import type { Refusal } from './refusal';

export interface QuoteLine {
  item: string;
  amountFen: number;
  /** Work outside the building red line (红线外): under the zero-burden rule it costs the applicant nothing. */
  outsideRedLine: boolean;
}

/** The zero-burden rule (零负担): every quote line outside the red line must be ¥0. */
export function zeroBurdenViolations(quote: readonly QuoteLine[]): Refusal['details'] {
  return quote.flatMap((line, index) =>
    line.outsideRedLine && line.amountFen !== 0
      ? [
          {
            path: `plan.quote.${index}.amountFen`,
            rule: 'zero_burden',
            message: `"${line.item}" is outside the red line and must cost the applicant nothing, not ${formatFen(line.amountFen)}`,
          },
        ]
      : [],
  );
}
