import { Card, Descriptions, Empty, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { Loaded } from '../../ui';

const UTILITIES = ['power', 'water', 'gas', 'broadband'] as const;

export interface TariffNoticeView {
  id: string;
  utility: string;
  provider: { id: string; name: string; nameZh: string };
  title: string;
  titleZh: string;
  summary: string;
  summaryZh: string;
  effectiveDate: string;
  customerTypes: string[];
  area: { kind: string; districts?: string[]; zoneId?: string };
  status: 'upcoming' | 'in-force' | 'withdrawn';
  accounts: number;
  holders: number;
  publishedAt: string;
  withdrawal?: { at: string; reason: string; reasonZh: string } | null;
}

/** Whole days from `today` to `date` (both YYYY-MM-DD). */
const daysBetween = (today: string, date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

/** One notice as a reader sees it: what changes, from when, for whom, and how many were told. */
export function TariffNoticeCard({ n, today, actions }: { n: TariffNoticeView; today: string; actions?: ReactNode }) {
  const { t, e, lang, date } = useI18n();
  const days = daysBetween(today, n.effectiveDate);
  const area =
    n.area.kind === 'districts'
      ? (n.area.districts ?? []).join(lang === 'zh' ? '、' : ', ')
      : n.area.kind === 'zone'
        ? t('areaZone', { zone: n.area.zoneId ?? '' })
        : t('areaAll');
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 18, whiteSpace: 'normal' }}>
          {lang === 'zh' ? n.titleZh : n.title}
        </Typography.Title>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag>{e(n.utility)}</Tag>
          {n.status === 'upcoming' ? (
            <Tag color="#a35200">{`${e('upcoming')} · ${t('daysToGo', { n: days })}`}</Tag>
          ) : n.status === 'withdrawn' ? (
            <Tag color="#595959">{e('withdrawn')}</Tag>
          ) : (
            <Tag color="#2b7a0b">{e('in-force')}</Tag>
          )}
        </Space>
        {n.withdrawal && (
          <Typography.Paragraph strong style={{ marginBottom: 0 }} data-testid="tariff-withdrawal">
            {t('tariffWithdrawnOn', {
              date: date(n.withdrawal.at, false),
              reason: lang === 'zh' ? n.withdrawal.reasonZh : n.withdrawal.reason,
            })}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {lang === 'zh' ? n.summaryZh : n.summary}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'date', label: t('effectiveFrom'), children: date(`${n.effectiveDate}T00:00:00+08:00`, false) },
            { key: 'provider', label: t('provider'), children: lang === 'zh' ? n.provider.nameZh : n.provider.name },
            {
              key: 'who',
              label: t('affects'),
              children: `${n.customerTypes.map((c) => e(c)).join(lang === 'zh' ? '、' : ', ')} · ${area}`,
            },
            {
              key: 'told',
              label: t('publishedOn', { date: date(n.publishedAt, false) }),
              children: t('told', { accounts: n.accounts, holders: n.holders }),
            },
          ]}
        />
        {actions}
      </Space>
    </Card>
  );
}

/** The public list (价格调整公告): upcoming changes first, then those in force in the past year. */
export default function TariffNotices() {
  const { t, e } = useI18n();
  const [utility, setUtility] = useState<string | undefined>();
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const minimum =
    (catalog.data as { service?: { tariffNoticeDays?: number } } | undefined)?.service?.tariffNoticeDays ?? 30;
  const { data, isLoading, error } = useQuery({
    queryKey: ['tariff-notices', utility],
    queryFn: () =>
      ok(api.GET('/api/v1/public/tariff-notices', { params: { query: utility ? { utility: utility as never } : {} } })),
  });
  const page = data as { today: string; items: TariffNoticeView[] } | undefined;
  return (
    <Card title={<Typography.Title level={2}>{t('tariffsTitle')}</Typography.Title>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('tariffsIntro', { n: minimum })}</Typography.Paragraph>
        <Space wrap>
          <label htmlFor="tariff-utility">{t('utility')}</label>
          <Select
            id="tariff-utility"
            allowClear
            style={{ width: 180 }}
            value={utility}
            onChange={setUtility}
            placeholder={t('allNotifications')}
            options={UTILITIES.map((u) => ({ value: u, label: e(u) }))}
          />
        </Space>
        <Loaded loading={isLoading} error={error}>
          {page?.items.length ? (
            page.items.map((n) => <TariffNoticeCard key={n.id} n={n} today={page.today} />)
          ) : (
            <Empty description={t('tariffsNone')} />
          )}
        </Loaded>
      </Space>
    </Card>
  );
}
