import { Alert, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from './i18n';
import { useCalendar, workingDaysLeft } from './calendar';
import { ApiFailure } from './api/client';

// Solid tags with white text: at least 4.5:1 contrast (WCAG AA), unlike the pale status presets.
const GREEN = '#2b7a0b';
const AMBER = '#a35200';
const RED = '#c21f1f';

/**
 * A deadline as the day it ends on, with the working days left, coloured — and worded, so colour
 * is never the only signal: "12月9日（周二）24:00前 · 剩余 3 个工作日".
 */
export function Deadline({ dueAt, slaState, paused }: { dueAt: string; slaState?: string; paused?: boolean }) {
  const { t, deadline } = useI18n();
  const year = new Date(dueAt).getFullYear();
  const { data: years } = useCalendar([year - 1, year]);
  const left = workingDaysLeft(dueAt, years);
  const breached = slaState === 'breached' || left < 0;
  const color = paused ? undefined : breached ? RED : slaState === 'warning' || left <= 1 ? AMBER : GREEN;
  const text = paused
    ? t('paused')
    : breached
      ? `${t('breached')} · ${t('overdueBy', { n: Math.max(1, -left) })}`
      : left === 0
        ? t('dueToday')
        : t('workingDaysLeft', { n: left });
  return (
    // The date and its tag each stay whole; on a narrow screen the tag goes under the date.
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', rowGap: 4 }} data-testid="deadline">
      {!paused && <span style={{ marginInlineEnd: 6, whiteSpace: 'nowrap' }}>{deadline(dueAt)}</span>}
      <Tag color={color} style={{ whiteSpace: 'nowrap' }}>
        {text}
      </Tag>
    </span>
  );
}

/** Money that never breaks across lines. */
export function Money({ fen }: { fen: number | null | undefined }) {
  const { money } = useI18n();
  return <span style={{ whiteSpace: 'nowrap' }}>{money(fen)}</span>;
}

export function SlaTag({ state }: { state: string }) {
  const { e } = useI18n();
  const color = state === 'breached' ? RED : state === 'warning' ? AMBER : GREEN;
  return <Tag color={color}>{e(state)}</Tag>;
}

/** Loading, an error (the API's own message, in the current language), or the content. */
export function Loaded({ loading, error, children }: { loading: boolean; error: unknown; children: ReactNode }) {
  const { t, lang } = useI18n();
  if (error) return <Alert type="error" showIcon title={t('error')} description={failureText(error, lang)} />;
  if (loading) return <Spin aria-label={t('loading')} />;
  return <>{children}</>;
}

export function failureText(error: unknown, lang: 'zh' | 'en'): string {
  if (error instanceof ApiFailure) return (lang === 'zh' && error.body.messageZh) || error.body.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * An API failure's problems as antd form fields, each on its field in the reader's language.
 * `field` names the form's field for an API path (null: not one of the form's fields).
 */
export function fieldErrors(
  error: unknown,
  lang: 'zh' | 'en',
  field: (path: string) => string | string[] | null = (path) => path.split('.'),
): { name: string | string[]; errors: string[] }[] {
  if (!(error instanceof ApiFailure)) return [];
  return error.body.details
    .filter((d) => d.path && d.path !== '(body)' && d.path !== 'id')
    .flatMap((d) => {
      const name = field(d.path);
      return name === null ? [] : [{ name, errors: [(lang === 'zh' && d.messageZh) || d.message] }];
    });
}
