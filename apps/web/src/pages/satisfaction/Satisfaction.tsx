import { Space, Statistic, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';

interface Figure {
  ratings: number;
  satisfied: number;
  rate: number | null;
  belowTarget: boolean | null;
}
/** What `/kpis` says of satisfaction: the share of ratings of 4–5 against the target, and its parts. */
export interface SatisfactionData extends Figure {
  count: number;
  target: number;
  minimumCount: number;
  byProvider: (Figure & { utility: string; providerId: string })[];
  bySource?: (Figure & { source: 'application' | 'complaint' | 'interruption' })[];
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

/** On target, below it (in red, in words too), or too few ratings to show. */
export function TargetTag({ figure }: { figure: Figure }) {
  const { t } = useI18n();
  if (figure.belowTarget === null) return null;
  return figure.belowTarget ? <Tag color="red">{t('belowTarget')}</Tag> : <Tag color="green">{t('onTarget')}</Tag>;
}

/**
 * Satisfaction as the action plan counts it: the share of ratings of 4 or 5, against 98 %, overall
 * and per provider's utility — each flagged when below, each withheld over too few ratings.
 */
export function SatisfactionFigures({ data }: { data: SatisfactionData | undefined }) {
  const { t, e } = useI18n();
  const names = useNames();
  if (!data) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Statistic
        title={`${t('satisfaction')} (${t('satisfactionTarget')})`}
        value={data.rate === null ? '—' : percent(data.rate)}
        suffix={<TargetTag figure={data} />}
      />
      {data.rate === null && data.count > 0 && (
        <Typography.Text type="secondary">
          {t('tooFewRatings', { n: data.count, min: data.minimumCount })}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">{t('satisfactionMeaning')}</Typography.Text>
      <Table
        scroll={{ x: 'max-content' }}
        size="small"
        pagination={false}
        caption={t('satisfactionByProvider')}
        rowKey={(r) => `${r.utility}-${r.providerId}`}
        dataSource={data.byProvider}
        locale={{ emptyText: t('noData') }}
        columns={[
          { title: t('provider'), render: (_, r) => `${names.provider(r.providerId)} · ${e(r.utility)}` },
          { title: t('ratingsCount'), dataIndex: 'ratings' },
          { title: t('satisfiedShare'), render: (_, r) => <Share figure={r} minimum={data.minimumCount} /> },
        ]}
      />
      {data.bySource && (
        <Table
          scroll={{ x: 'max-content' }}
          size="small"
          pagination={false}
          caption={t('satisfactionBySource')}
          rowKey="source"
          dataSource={data.bySource}
          columns={[
            { title: t('ratedAfter'), render: (_, r) => t(`ratedAfter_${r.source}` as never) },
            { title: t('ratingsCount'), dataIndex: 'ratings' },
            { title: t('satisfiedShare'), render: (_, r) => <Share figure={r} minimum={data.minimumCount} /> },
          ]}
        />
      )}
    </Space>
  );
}

/** A share of 4–5 ratings with its flag, or why it is not shown. */
function Share({ figure, minimum }: { figure: Figure; minimum: number }) {
  const { t } = useI18n();
  if (figure.rate === null)
    return <Typography.Text type="secondary">{t('tooFewShort', { min: minimum })}</Typography.Text>;
  return (
    <Space size={4}>
      {percent(figure.rate)}
      <TargetTag figure={figure} />
    </Space>
  );
}
