import { useState } from 'react';
import { Alert, Button, Drawer, Grid, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { Loaded } from '../../ui';
import { DayStrip, type Day } from './DayStrip';

interface Explanation {
  beyondKnownCalendar?: boolean;
  days?: Day[];
  /** An interruption's clock: its days under `clock`. */
  clock?: { days: Day[]; beyondKnownCalendar: boolean };
  text: { zh: string[]; en: string[] };
}

/** What to explain: an application's stage, or an interruption's clock. */
type Subject =
  | { applicationId: string; track: string; stage: string; interruptionId?: undefined }
  | { interruptionId: string; stage: string; applicationId?: undefined; track?: undefined };

/**
 * "Why this date?": opens a stage's deadline explained — the days counted, skipped and given back,
 * and, when late, how each amount of compensation was worked out — in the reader's language.
 */
export function ExplainDeadline(
  props: Subject & { /** The link's words; "Why this date?" by default. */ label?: string },
) {
  const { label, stage } = props;
  const { t, e, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const phone = !Grid.useBreakpoint().md;
  const { data, isLoading, error } = useQuery({
    queryKey: ['explanation', props.applicationId ?? props.interruptionId, props.track ?? '', stage],
    enabled: open,
    queryFn: (): Promise<unknown> =>
      props.interruptionId !== undefined
        ? ok(
            api.GET('/api/v1/interruptions/{id}/stages/{stage}/explanation', {
              params: { path: { id: props.interruptionId, stage: stage as never } },
            }),
          )
        : ok(
            api.GET('/api/v1/applications/{id}/stages/{track}/{stage}/explanation', {
              params: { path: { id: props.applicationId, track: props.track as never, stage: stage as never } },
            }),
          ),
  });
  const x = data as unknown as Explanation | undefined;
  const words = label ?? t('explainDeadline');
  return (
    <>
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0, height: 'auto' }}
        onClick={() => setOpen(true)}
        // A default label names the stage for a screen reader (a table may hold several).
        aria-label={label ?? `${words}${lang === 'zh' ? '：' : ': '}${e(stage)}`}
      >
        {words}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('explanationTitle', { stage: e(stage) })}
        size={phone ? 'default' : 'large'}
        destroyOnHidden
      >
        <Loaded loading={isLoading} error={error}>
          {x && (
            <div data-testid="explanation">
              {(x.beyondKnownCalendar || x.clock?.beyondKnownCalendar) && (
                <Alert type="warning" showIcon title={t('explainAssumed')} style={{ marginBottom: 12 }} />
              )}
              {(x.days ?? x.clock?.days) && (
                <>
                  <Typography.Title level={3} style={{ fontSize: 16 }}>
                    {t('dayByDay')}
                  </Typography.Title>
                  <DayStrip days={(x.days ?? x.clock?.days)!} />
                </>
              )}
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {t('howCounted')}
              </Typography.Title>
              <ol style={{ paddingInlineStart: 20 }} data-testid="explanation-lines">
                {x.text[lang].map((line, i) => (
                  <li key={i} style={{ marginBottom: 4 }}>
                    {line}
                  </li>
                ))}
              </ol>
            </div>
          )}
        </Loaded>
      </Drawer>
    </>
  );
}
