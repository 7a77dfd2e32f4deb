export const UTILITIES = ['power', 'water', 'gas', 'broadband'] as const;
export type Utility = (typeof UTILITIES)[number];

export const UTILITY_NAMES: Record<Utility, { en: string; zh: string }> = {
  power: { en: 'electricity', zh: '电' },
  water: { en: 'water', zh: '水' },
  gas: { en: 'gas', zh: '气' },
  broadband: { en: 'broadband', zh: '网' },
};

export const LOW_VOLTAGES = ['220V', '380V'] as const;
export const HIGH_VOLTAGES = ['10kV', '35kV', '110kV'] as const;
export const VOLTAGES = [...LOW_VOLTAGES, ...HIGH_VOLTAGES] as const;
export type Voltage = (typeof VOLTAGES)[number];

/** Shanghai connects non-residential loads below 160 kW at low voltage (the 2023 commitment). */
export const LOW_VOLTAGE_MAX_KVA = 160;
/** Gas loads up to this hourly use qualify for small standardized access (小型标准化接入). Illustrative. */
export const SMALL_GAS_MAX_M3_PER_HOUR = 50;

export const CARRIERS = ['china-telecom', 'china-unicom', 'china-mobile', 'china-broadnet'] as const;

/**
 * Service categories, which select the time limits in the catalog. Power follows State Grid's
 * published categories; the others have one category each except gas, where small standardized
 * access has its own, shorter limits.
 */
export type PowerCategory = 'low-voltage-non-residential' | 'high-voltage-single' | 'high-voltage-dual';
export type ServiceCategory =
  PowerCategory | 'water-standard' | 'gas-small-standardized' | 'gas-standard' | 'broadband-standard';

/** Every category a request for each utility can fall in (see serviceCategory in the form). */
export const CATEGORIES: Record<Utility, readonly ServiceCategory[]> = {
  power: ['low-voltage-non-residential', 'high-voltage-single', 'high-voltage-dual'],
  water: ['water-standard'],
  gas: ['gas-small-standardized', 'gas-standard'],
  broadband: ['broadband-standard'],
};
