import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { queryTerms } from '../../../../libs/domain/src/consultations/faq-search';
import { FaqRow } from '../../../../libs/persistence/src';
import { Public } from '../auth/auth.decorators';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse, page } from '../common/responses';
import { faqEntry, faqQuery } from './consultations.schemas';

/**
 * The public FAQ (常见问题): answers the window chose to publish, rewritten for the public and
 * checked for personal data, searchable in Chinese and English (see faq-search.ts).
 */
@ApiTags('public')
@Controller('v1/public/faq')
export class FaqController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Published answers, newest first; `utility` filters, `q` searches the question and answer (Chinese by characters and pairs of characters, English by words; every term must be there).',
  })
  @ZodResponse(200, page(faqEntry), 'One page of the FAQ.')
  @ApiErrors(400)
  async list(@Query({ schema: faqQuery }) q: z.output<typeof faqQuery>) {
    const qb = this.dataSource.getRepository(FaqRow).createQueryBuilder('f');
    if (q.utility) qb.andWhere(':utility = ANY(f.utilities)', { utility: q.utility });
    const terms = queryTerms(q.q ?? '');
    if (terms.length) qb.andWhere('f.terms @> CAST(:terms AS text[])', { terms });
    const [rows, total] = await qb
      .orderBy('f.published_at', 'DESC')
      .addOrderBy('f.id')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return {
      items: rows.map(({ id, utilities, question, answer, publishedAt }) => ({
        id,
        utilities,
        question,
        answer,
        publishedAt,
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }
}
