import { Card, Collapse, Input, Pagination, Segmented, Space, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { UTILITIES } from '../../../../../libs/domain/src/form/utilities';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { Loaded } from '../../ui';

interface Entry {
  id: string;
  utilities: string[];
  question: string;
  answer: string;
  publishedAt: string;
}

/**
 * The FAQ (常见问题): answers the one window chose to publish, rewritten for everyone. Search in
 * Chinese or English; filter by utility. Anyone can read it, signed in or not.
 */
export default function PublicFaq() {
  const { t, e, date } = useI18n();
  const [q, setQ] = useState('');
  const [utility, setUtility] = useState<string>('all');
  const [page, setPage] = useState(1);
  const { data, isLoading, error } = useQuery({
    queryKey: ['faq', q, utility, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      ok(
        api.GET('/api/v1/public/faq', {
          params: {
            query: {
              page,
              pageSize: 20,
              ...(q ? { q } : {}),
              ...(utility !== 'all' ? { utility: utility as never } : {}),
            },
          },
        }),
      ),
  });
  const result = (data ?? { items: [], total: 0 }) as { items: Entry[]; total: number };
  return (
    <Card title={<Typography.Title level={2}>{t('faqTitle')}</Typography.Title>}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph>{t('faqIntro')}</Typography.Paragraph>
        <Input.Search
          aria-label={t('faqSearch')}
          placeholder={t('faqSearch')}
          allowClear
          enterButton={t('search')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          style={{ maxWidth: 560 }}
        />
        <Segmented
          aria-label={t('consultationUtilities')}
          value={utility}
          onChange={(v) => {
            setUtility(String(v));
            setPage(1);
          }}
          options={[{ value: 'all', label: t('all') }, ...UTILITIES.map((u) => ({ value: u, label: e(u) }))]}
        />
        <Loaded loading={isLoading} error={error}>
          {result.items.length === 0 ? (
            <Typography.Paragraph>{q ? t('faqNoMatch', { q }) : t('faqNone')}</Typography.Paragraph>
          ) : (
            <>
              <Typography.Text type="secondary">{t('faqCount', { n: result.total })}</Typography.Text>
              <Collapse
                items={result.items.map((f) => ({
                  key: f.id,
                  label: f.question,
                  extra: (
                    <Space size={2} wrap>
                      {f.utilities.map((u) => (
                        <Tag key={u}>{e(u)}</Tag>
                      ))}
                    </Space>
                  ),
                  children: (
                    <Space direction="vertical" size={4}>
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                        {f.answer}
                      </Typography.Paragraph>
                      <Typography.Text type="secondary">
                        {t('faqPublishedAt')} {date(f.publishedAt)}
                      </Typography.Text>
                    </Space>
                  ),
                }))}
              />
              <Pagination
                current={page}
                pageSize={20}
                total={result.total}
                onChange={setPage}
                hideOnSinglePage
                showSizeChanger={false}
              />
            </>
          )}
        </Loaded>
      </Space>
    </Card>
  );
}
