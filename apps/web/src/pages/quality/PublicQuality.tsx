import { Card, Col, DatePicker, Descriptions, Grid, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { QUALITY_METRICS } from '../../../../../libs/domain/src/quality/quality-figures';
import type { Utility } from '../../../../../libs/domain/src/form/utilities';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Loaded } from '../../ui';

/** A utility's figures in the order the metrics are defined (the store keeps them in its own order). */
const inOrder = (utility: string, figures: Record<string, number>) =>
  Object.keys(QUALITY_METRICS[utility as Utility] ?? figures)
    .filter((metric) => metric in figures)
    .map((metric) => [metric, figures[metric]] as const);

interface ProviderQuality {
  providerId: string;
  utility: string;
  submitted: boolean;
  status: 'submitted' | 'due' | 'missed';
  figures: Record<string, number> | null;
  trend: Record<string, { month: string; value: number | null }[]>;
}

/**
 * Supply quality and sustainability as each provider reported them for a month, with each
 * figure's months before it (up to twelve), and "not submitted" in words where it is missing.
 */
export default function PublicQuality() {
  const { t, e } = useI18n();
  const names = useNames();
  const screens = Grid.useBreakpoint();
  const [month, setMonth] = useState<string | undefined>();
  const { data, isLoading, error } = useQuery({
    queryKey: ['public-quality', month],
    queryFn: () => ok(api.GET('/api/v1/public/quality', { params: { query: month ? { month } : {} } })),
  });
  const result = data as { month: string; providers: ProviderQuality[] } | undefined;
  return (
    <Card title={<Typography.Title level={2}>{t('qualityTitle')}</Typography.Title>}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph>{t('qualityIntro')}</Typography.Paragraph>
        <Space wrap>
          <label htmlFor="quality-month">{t('month')}</label>
          <DatePicker
            id="quality-month"
            picker="month"
            onChange={(d: Dayjs | null) => setMonth(d ? d.format('YYYY-MM') : undefined)}
          />
          {result && <Typography.Text type="secondary">{result.month}</Typography.Text>}
        </Space>
        <Loaded loading={isLoading} error={error}>
          <Row gutter={[16, 16]}>
            {(result?.providers ?? []).map((p) => (
              <Col xs={24} lg={12} key={p.providerId}>
                <Card
                  size="small"
                  title={`${names.provider(p.providerId)} · ${e(p.utility)}`}
                  extra={
                    p.status === 'missed' ? (
                      <Tag color="#c21f1f">{t('qualityMissed')}</Tag>
                    ) : p.status === 'due' ? (
                      <Tag color="#8a5a00">{t('qualityDue')}</Tag>
                    ) : null
                  }
                >
                  {p.figures ? (
                    <Descriptions
                      size="small"
                      column={1}
                      layout={screens.md ? 'horizontal' : 'vertical'}
                      items={inOrder(p.utility, p.figures).map(([metric, value]) => ({
                        key: metric,
                        label: t(`metric_${metric}` as never),
                        children: (
                          <div style={{ width: '100%' }}>
                            <strong>{value}</strong>
                            {(p.trend[metric] ?? []).length > 1 && (
                              <Trend
                                label={t('qualityTrendChart', {
                                  metric: t(`metric_${metric}` as never),
                                  values: p.trend[metric].map((m) => `${m.month}: ${m.value ?? '—'}`).join(', '),
                                })}
                                points={p.trend[metric]}
                                span={(from, to, min, max) => t('qualityTrendSpan', { from, to, min, max })}
                              />
                            )}
                          </div>
                        ),
                      }))}
                    />
                  ) : (
                    <Typography.Text>
                      {t(p.status === 'missed' ? 'qualityMissedLong' : 'qualityDueLong')}
                    </Typography.Text>
                  )}
                </Card>
              </Col>
            ))}
          </Row>
        </Loaded>
      </Space>
    </Card>
  );
}

/**
 * A metric over the months as a small line (the latest month a dot), its values in words for a
 * screen reader and on hover, the first and last month under it.
 */
function Trend({
  label,
  points,
  span,
}: {
  label: string;
  points: { month: string; value: number | null }[];
  span: (from: string, to: string, min: number, max: number) => string;
}) {
  const known = points.filter((p) => p.value !== null) as { month: string; value: number }[];
  if (known.length < 2) return null;
  const [w, h, pad] = [160, 32, 3];
  const values = known.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = (i: number) => pad + (i * (w - 2 * pad)) / (known.length - 1);
  const y = (v: number) => (max === min ? h / 2 : h - pad - ((v - min) * (h - 2 * pad)) / (max - min));
  const line = known.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = known[known.length - 1];
  return (
    <Tooltip title={label}>
      <div data-testid="quality-trend" style={{ maxWidth: w }}>
        <svg
          viewBox={`0 0 ${w} ${h}`}
          width="100%"
          height={h}
          preserveAspectRatio="none"
          role="img"
          aria-label={label}
          style={{ display: 'block' }}
        >
          <polyline points={line} fill="none" stroke="#1f5fa8" strokeWidth={1.5} />
          <circle cx={x(known.length - 1)} cy={y(last.value)} r={2.5} fill="#1f5fa8" />
        </svg>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {span(known[0].month, last.month, min, max)}
        </Typography.Text>
      </div>
    </Tooltip>
  );
}
