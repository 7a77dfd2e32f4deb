import { useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, InputNumber, List, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { failureText, Loaded } from '../../ui';
import { TryDraft } from '../what-if/TryDraft';

interface LimitRow {
  scope: string;
  category: string;
  stage: string;
  limit: { amount: number; unit: string };
  approveWhenDue?: boolean;
}
interface Version {
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  state: 'in-force' | 'scheduled' | 'superseded';
}

/**
 * Catalog publishing: every version with its dates (the one in force, and any that takes effect
 * later); edit limits from the current version, see the differences in words, publish with a
 * date after confirming.
 */
export function CatalogAdmin() {
  const { t, e, date, duration, lang } = useI18n();
  const { message, modal } = App.useApp();
  const queries = useQueryClient();
  const current = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const versions = useQuery({
    queryKey: ['catalog', 'versions'],
    queryFn: () => ok(api.GET('/api/v1/catalog/versions', {})),
  });
  const doc = current.data as unknown as
    (Record<string, unknown> & { version: number; limits: LimitRow[] }) | undefined;
  const [edits, setEdits] = useState<Record<string, number>>({});
  const [effectiveFrom, setEffectiveFrom] = useState<Dayjs | null>(dayjs().add(1, 'day').startOf('day'));
  const keyOf = (l: LimitRow) => `${l.scope}/${l.category}/${l.stage}`;
  /** Where a limit applies, in words: "电力 · 低压非居民 · 现场踏勘". */
  const where = (l: LimitRow) =>
    [l.scope, l.category, l.stage]
      .filter((p) => p !== '*')
      .map(e)
      .join(' · ');
  const differences = useMemo(
    () =>
      (doc?.limits ?? [])
        .filter((l) => edits[keyOf(l)] !== undefined && edits[keyOf(l)] !== l.limit.amount)
        .map((l) => ({
          key: keyOf(l),
          where: where(l),
          from: l.limit.amount,
          to: edits[keyOf(l)],
          unit: l.limit.unit,
        })),
    // `where` speaks the current language.
    [doc, edits, lang],
  );
  /** The draft as edited: the current version with the limits changed and the chosen date. */
  const draft = () => {
    const { version: _v, publishedAt: _p, ...rest } = doc as Record<string, unknown>;
    return {
      ...rest,
      effectiveFrom: effectiveFrom!.toISOString(),
      limits: doc!.limits.map((l) => ({ ...l, limit: { ...l.limit, amount: edits[keyOf(l)] ?? l.limit.amount } })),
    };
  };
  const publish = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/catalog', { body: draft() as never })),
    onSuccess: () => {
      message.success(t('saved'));
      setEdits({});
      void queries.invalidateQueries({ queryKey: ['catalog'] });
    },
    onError: (error) => message.error(failureText(error, lang)),
  });
  const confirmPublish = () =>
    modal.confirm({
      title: t('confirmPublish', { n: differences.length, date: date(effectiveFrom!.toDate()) }),
      content: t('confirmPublishBody'),
      okText: t('publish'),
      cancelText: t('cancel'),
      onOk: () => publish.mutateAsync(),
    });
  return (
    <Card title={<Typography.Title level={2}>{t('nav_catalog')}</Typography.Title>}>
      <Loaded loading={current.isLoading || versions.isLoading} error={current.error ?? versions.error}>
        <Typography.Title level={3}>{t('versions')}</Typography.Title>
        <Table<Version>
          data-testid="catalog-versions"
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey="version"
          pagination={false}
          dataSource={(versions.data as { items?: Version[] } | undefined)?.items ?? []}
          columns={[
            { title: t('version'), dataIndex: 'version' },
            { title: t('effectiveFrom'), dataIndex: 'effectiveFrom', render: (v: string) => date(v) },
            { title: t('publishedAt'), dataIndex: 'publishedAt', render: (v: string) => date(v) },
            {
              title: t('status'),
              dataIndex: 'state',
              render: (s: string) => (
                // Solid colours with white text (WCAG AA), like the app's status tags.
                <Tag color={s === 'in-force' ? '#2b7a0b' : s === 'scheduled' ? '#1657b5' : undefined}>{e(s)}</Tag>
              ),
            },
          ]}
          style={{ marginBottom: 24 }}
        />
        <Typography.Title level={3}>
          {t('editFrom')} {doc?.version}
        </Typography.Title>
        <Table<LimitRow>
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey={keyOf}
          dataSource={doc?.limits ?? []}
          pagination={{ pageSize: 15 }}
          columns={[
            { title: t('utility'), dataIndex: 'scope', render: (v: string) => e(v) },
            { title: t('category'), dataIndex: 'category', render: (v: string) => e(v) },
            { title: t('stage'), dataIndex: 'stage', render: (v: string) => e(v) },
            {
              title: t('amount'),
              render: (_, l) => (
                <InputNumber
                  aria-label={where(l)}
                  min={1}
                  value={edits[keyOf(l)] ?? l.limit.amount}
                  onChange={(v) => setEdits((now) => ({ ...now, [keyOf(l)]: Number(v) }))}
                />
              ),
            },
            { title: t('unit'), render: (_, l) => e(l.limit.unit) },
          ]}
        />
        <Typography.Title level={3}>{t('differences')}</Typography.Title>
        <List
          data-testid="catalog-differences"
          size="small"
          dataSource={differences}
          locale={{ emptyText: t('noDifferences') }}
          renderItem={(d) => (
            <List.Item>
              {d.where}
              {lang === 'zh' ? '：' : ': '}
              {duration(d.from, d.unit)} → {duration(d.to, d.unit)}
            </List.Item>
          )}
        />
        <Space style={{ marginTop: 12 }} wrap>
          <label htmlFor="effective-from">{t('effectiveFrom')}</label>
          <DatePicker id="effective-from" showTime value={effectiveFrom} onChange={setEffectiveFrom} />
          <Button
            type="primary"
            disabled={differences.length === 0 || !effectiveFrom}
            loading={publish.isPending}
            onClick={confirmPublish}
          >
            {t('publish')}
          </Button>
        </Space>
        <TryDraft draft={draft} disabled={differences.length === 0 || !effectiveFrom} />
      </Loaded>
    </Card>
  );
}
