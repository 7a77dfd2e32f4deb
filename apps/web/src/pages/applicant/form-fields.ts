import { LOW_VOLTAGES, type ServiceCategory, type Utility } from '../../../../../libs/domain/src/form/utilities';

/** Every field of the one form, by path: what is checked as the user types. */
export const FIELDS = [
  'applicant.companyName',
  'applicant.creditCode',
  'applicant.contactName',
  'applicant.mobile',
  'applicant.email',
  'site.address',
  'site.district',
  'services',
  'services.power.capacityKva',
  'services.power.voltage',
  'services.power.supply',
  'services.water.pipeDiameterMm',
  'services.water.dailyUseM3',
  'services.gas.hourlyUseM3',
  'services.gas.smallStandardized',
  'services.broadband.bandwidthMbps',
  'services.broadband.carrier',
];

/** A requested service's catalog category from what is filled in so far (low voltage until said otherwise). */
export function categoryOf(utility: Utility, request: Record<string, unknown>): ServiceCategory {
  if (utility === 'power') {
    if (!request.voltage || (LOW_VOLTAGES as readonly string[]).includes(String(request.voltage)))
      return 'low-voltage-non-residential';
    return request.supply === 'dual' ? 'high-voltage-dual' : 'high-voltage-single';
  }
  if (utility === 'gas') return request.smallStandardized ? 'gas-small-standardized' : 'gas-standard';
  return utility === 'water' ? 'water-standard' : 'broadband-standard';
}

/** The paths a change touched, e.g. { applicant: { mobile } } → applicant.mobile. */
export function pathsOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => pathsOf(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}
