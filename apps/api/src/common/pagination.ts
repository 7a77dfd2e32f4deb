import { z } from 'zod';

export const pageQuery = {
  page: z.coerce.number().int('must be a whole number').min(1, 'at least 1').default(1),
  pageSize: z.coerce.number().int('must be a whole number').min(1, 'at least 1').max(200, 'at most 200').default(20),
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
