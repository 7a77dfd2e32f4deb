import { useState } from 'react';
import { App, Button, DatePicker, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { failureText } from '../../ui';

/**
 * "Try it on the past": the draft being edited replayed over a period of past applications
 * (the last quarter by default) before anyone publishes it; the result opens on its own page.
 */
export function TryDraft({ draft, disabled }: { draft: () => Record<string, unknown>; disabled?: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>([
    dayjs().subtract(3, 'month').startOf('day'),
    dayjs().endOf('day'),
  ]);
  const start = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/what-if', {
          body: {
            draft: draft(),
            from: period![0]!.toISOString(),
            to: period![1]!.toISOString(),
          } as never,
        }),
      ),
    onSuccess: (run) => navigate(`/admin/what-if/${(run as { id: string }).id}`),
    onError: (error) => message.error(failureText(error, lang)),
  });
  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={3}>{t('whatIfTitle')}</Typography.Title>
      <Typography.Paragraph>{t('whatIfIntro')}</Typography.Paragraph>
      <Space wrap>
        <label htmlFor="what-if-period">{t('whatIfPeriod')}</label>
        <DatePicker.RangePicker id="what-if-period" value={period} onChange={(v) => setPeriod(v)} />
        <Button
          onClick={() => start.mutate()}
          loading={start.isPending}
          disabled={disabled || !period?.[0] || !period?.[1]}
        >
          {t('whatIfRun')}
        </Button>
      </Space>
    </div>
  );
}
