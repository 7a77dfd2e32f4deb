/**
 * The application number people read out over the phone (申请编号), e.g. JD-2026-000123: the
 * district's prefix, the year of submission in Asia/Shanghai, and a counter that restarts each
 * year. Given once, at submission; numbers are unique, not gap-free (a retried submission may use
 * one up without making an application).
 */
export const APPLICATION_NUMBER = /^[A-Z]{2,6}-\d{4}-\d{6,}$/;

export function formatApplicationNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
