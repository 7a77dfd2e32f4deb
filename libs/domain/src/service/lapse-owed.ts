import type { Utility } from '../form/utilities';
import type { AffectedAccount, LapseKind } from './events';
import { lapseCompensationFen, type LapseRule } from './lapse-compensation';
import { interruptionRuleFor, type ServiceTerms } from './service-terms';

/** The rule an affected account is paid by: insufficient supply's own, or its customer type's. */
export function lapseRuleFor(
  terms: ServiceTerms,
  utility: Utility,
  kind: LapseKind,
  account: AffectedAccount,
): LapseRule {
  return kind === 'insufficient-supply'
    ? terms.utilities[utility].insufficient.rule
    : interruptionRuleFor(terms, utility, account.customerType);
}

/**
 * What an affected account is owed for `minutes` without supply (or below quality), as the
 * interruption workflow books it and a what-if replays it. The consumption rule needs the
 * account's tariff and likely use: without them nothing can be computed, and nothing is owed.
 */
export function lapseOwedFen(
  terms: ServiceTerms,
  utility: Utility,
  kind: LapseKind,
  account: AffectedAccount,
  minutes: number,
): number {
  const rule = lapseRuleFor(terms, utility, kind, account);
  if (rule.kind === 'fixed-schedule') return lapseCompensationFen(rule, minutes);
  if (!account.tariff || !account.usage) return 0;
  return lapseCompensationFen(rule, minutes, {
    tariff: account.tariff,
    energyFenPerKwh: account.energyFenPerKwh ?? terms.defaultEnergyFenPerKwh[account.tariff],
    usage: account.usage,
  });
}
