import type { ApplicationFormInput } from '../libs/domain/src/form/application-form';

/** One of each service, with parameters a small factory would request. */
export const SAMPLE_SERVICES = {
  power: { capacityKva: 100, voltage: '380V' },
  water: { pipeDiameterMm: 50, dailyUseM3: 20 },
  gas: { hourlyUseM3: 30, smallStandardized: true },
  broadband: { bandwidthMbps: 500, carrier: 'china-telecom' },
} as const satisfies Required<ApplicationFormInput['services']>;

/** Moyu Road, Anting (WGS 84). */
export const ANTING_SITE = { lat: 31.2905, lng: 121.1612 };

/**
 * A complete, valid one form for demos, benchmarks and tests: a fictional Jiading firm (the credit
 * code is a widely published valid example) requesting the given services.
 */
export function sampleApplication(
  services: ApplicationFormInput['services'] = SAMPLE_SERVICES,
  coordinates: { lat: number; lng: number } = ANTING_SITE,
): ApplicationFormInput {
  return {
    applicant: {
      companyName: '上海嘉定示范制造有限公司',
      creditCode: '91350100M000100Y43',
      contactName: '王芳',
      mobile: '13812345678',
    },
    site: { address: '嘉定区安亭镇墨玉路 100 号', district: '嘉定区', coordinates },
    services: structuredClone(services),
  };
}
