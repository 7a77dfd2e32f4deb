import { HttpStatus } from '@nestjs/common';
import { problemMessage } from '../../../../libs/domain/src/validation/problems';
import { personalDataIn } from '../../../../libs/domain/src/validation/personal-text';
import { ApiError } from './api-error';

/**
 * Text about to be published must carry no mobile, ID or credit-code number: a `422` naming each
 * field and what it holds, and nothing is published.
 */
export function assertPublishable(fields: Record<string, string>): void {
  const details = Object.entries(fields).flatMap(([path, text]) =>
    personalDataIn(text).map((p) => ({
      path,
      rule: p.rule,
      message: problemMessage(p, 'en'),
      messageZh: problemMessage(p, 'zh'),
      params: {},
    })),
  );
  if (details.length)
    throw new ApiError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'business_rule',
      'Published text must not contain personal data (a mobile, ID or credit-code number).',
      details,
      '公开内容不得包含个人信息',
    );
}
