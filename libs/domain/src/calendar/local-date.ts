/**
 * Dates in Asia/Shanghai. China has kept UTC+8 all year since 1991 (no daylight saving), so a
 * fixed offset is exact and keeps this code free of time-zone databases (and deterministic).
 */
export type LocalDate = string; // 'YYYY-MM-DD'

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Shanghai calendar date an instant falls on. */
export function shanghaiDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 Shanghai time of a date, as an instant. */
export function startOfShanghaiDay(date: LocalDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
}

/** 24:00 Shanghai time of a date (= 00:00 of the next day), as an instant. */
export function endOfShanghaiDay(date: LocalDate): Date {
  return new Date(startOfShanghaiDay(date).getTime() + DAY_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isLocalDate(value: string): value is LocalDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
