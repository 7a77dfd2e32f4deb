import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { ExplainDeadline } from '../explanation/ExplainDeadline';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Loaded } from '../../ui';
import { RateIt } from './RateIt';

interface Lived {
  id: string;
  utility: string;
  providerId: string;
  kind: string;
  planned: boolean;
  startedAt: string;
  endedAt: string | null;
  accountNos: string[];
  rating: { score: number; ratedAt: string } | null;
}

/**
 * The interruptions a business lived through: when, which of its accounts, whether supply is back;
 * once it is, how it was dealt with is rated here, once (a 1 or 2 brings the window's call).
 */
export default function MyInterruptions() {
  const { t, e, date } = useI18n();
  const names = useNames();
  const { data, isLoading, error } = useQuery({
    queryKey: ['my-interruptions'],
    queryFn: () => ok(api.GET('/api/v1/my-interruptions', {})),
  });
  const items = ((data as { items?: Lived[] } | undefined)?.items ?? []) as Lived[];
  return (
    <Card title={<Typography.Title level={2}>{t('myInterruptionsTitle')}</Typography.Title>}>
      <Typography.Paragraph>{t('myInterruptionsIntro')}</Typography.Paragraph>
      <Loaded loading={isLoading} error={error}>
        {items.length === 0 ? (
          <Empty description={t('myInterruptionsNone')} />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {items.map((i) => (
              <Card
                key={i.id}
                size="small"
                data-testid="lived-interruption"
                title={`${e(i.utility)} · ${names.provider(i.providerId)}`}
                extra={
                  i.endedAt ? (
                    <Tag color="#2f6b0f">{t('supplyBack')}</Tag>
                  ) : (
                    <Tag color="#c21f1f">{t('supplyNotBack')}</Tag>
                  )
                }
              >
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'kind',
                      label: t('interruptionKind'),
                      children: t(i.planned ? 'plannedCut' : 'unplannedCut'),
                    },
                    { key: 'from', label: t('interruptionFrom'), children: date(i.startedAt, true) },
                    {
                      key: 'to',
                      label: t('interruptionTo'),
                      children: i.endedAt ? date(i.endedAt, true) : t('supplyNotBack'),
                    },
                    { key: 'accounts', label: t('yourAccounts'), children: i.accountNos.join(', ') },
                  ]}
                />
                <ExplainDeadline interruptionId={i.id} stage="restoration" label={t('explainInterruption')} />
                {i.rating ? (
                  <Typography.Text data-testid="lived-rating">
                    {t('yourRating')}
                    {t(`score_${i.rating.score}` as never)} ({date(i.rating.ratedAt)})
                  </Typography.Text>
                ) : (
                  i.endedAt && (
                    <RateIt
                      title={t('rateInterruption')}
                      refresh="my-interruptions"
                      send={(body) =>
                        api.POST('/api/v1/interruptions/{id}/rating', { params: { path: { id: i.id } }, body })
                      }
                    />
                  )
                )}
              </Card>
            ))}
          </Space>
        )}
      </Loaded>
    </Card>
  );
}
