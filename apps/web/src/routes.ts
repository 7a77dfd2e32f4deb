import type { MessageKey } from './i18n';
import type { Role } from './auth';

/** Each role's menu; entries of a `group` are gathered under it (a shorter bar on a laptop). */
export const MENUS: Record<Role, { path: string; label: MessageKey; group?: MessageKey }[]> = {
  applicant: [
    { path: '/applicant/new', label: 'nav_new' },
    { path: '/applicant', label: 'nav_mine' },
    { path: '/applicant/consultations', label: 'nav_consultations' },
    { path: '/applicant/complaints', label: 'nav_complaints' },
    { path: '/applicant/interruptions', label: 'nav_my_interruptions' },
  ],
  window: [
    { path: '/window', label: 'nav_inbox' },
    { path: '/window/consultations', label: 'nav_consultations' },
    { path: '/window/follow-ups', label: 'nav_followUps' },
  ],
  staff: [
    { path: '/staff', label: 'nav_tasks' },
    { path: '/staff/interruptions', label: 'nav_interruptions', group: 'nav_supply' },
    { path: '/staff/tariffs', label: 'nav_tariffs_staff', group: 'nav_supply' },
    { path: '/staff/quality', label: 'nav_quality_staff', group: 'nav_supply' },
    { path: '/staff/consultations', label: 'nav_consultations' },
    { path: '/staff/complaints', label: 'nav_complaints' },
  ],
  agency: [{ path: '/agency', label: 'nav_permits' }],
  admin: [
    { path: '/admin/applications', label: 'nav_applications' },
    { path: '/admin/breaches', label: 'nav_breaches' },
    { path: '/admin/complaints', label: 'nav_complaints', group: 'nav_voice' },
    { path: '/admin/consultations', label: 'nav_consultations', group: 'nav_voice' },
    { path: '/admin/follow-ups', label: 'nav_followUps', group: 'nav_voice' },
    { path: '/admin/ledger', label: 'nav_ledger' },
    { path: '/admin/kpis', label: 'nav_kpis' },
    { path: '/admin/catalog', label: 'nav_catalog', group: 'nav_rules' },
    { path: '/admin/calendar', label: 'nav_calendar', group: 'nav_rules' },
    { path: '/admin/service', label: 'nav_service', group: 'nav_rules' },
    { path: '/admin/what-if', label: 'nav_what_if', group: 'nav_rules' },
  ],
};

/** Where each role lands after signing in. */
export const HOME: Record<Role, string> = {
  applicant: '/applicant',
  window: '/window',
  staff: '/staff',
  agency: '/agency',
  admin: '/admin/breaches',
};
