import { z } from 'zod';

export const pageQuery = {
  // Bounded, so page × pageSize stays an offset Postgres takes (an overflow would be a 500).
  page: z.coerce.number().int('must be a whole number').min(1, 'at least 1').max(100_000, 'at most 100000').default(1),
  pageSize: z.coerce.number().int('must be a whole number').min(1, 'at least 1').max(200, 'at most 200').default(20),
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
