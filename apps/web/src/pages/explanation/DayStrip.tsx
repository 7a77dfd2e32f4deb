import { Typography } from 'antd';
import { useI18n } from '../../i18n';

export interface Day {
  date: string;
  kind: 'start' | 'counted' | 'weekend' | 'holiday' | 'paused';
  n?: number;
  adjusted?: boolean;
  name?: { zh: string; en: string };
  pausedMs: number;
  assumed: boolean;
}

/** Each kind of day's look: text stays dark on a light ground (AA contrast). */
const LOOK: Record<Day['kind'], { background: string; border: string }> = {
  start: { background: '#e8f0fb', border: '#1657b5' },
  counted: { background: '#eaf5e3', border: '#2b7a0b' },
  weekend: { background: '#f0f0f0', border: '#8c8c8c' },
  holiday: { background: '#fdecec', border: '#c21f1f' },
  paused: { background: '#fff4e0', border: '#a35200' },
};

/**
 * The days from the start to the deadline as a strip of small cells that wraps on a phone: each
 * day counted (with its number), skipped (weekend, the named holiday) or given back (paused), the
 * start day marked; a dashed edge where the calendar was assumed. Read out as a list.
 */
export function DayStrip({ days }: { days: Day[] }) {
  const { t, lang } = useI18n();
  const weekday = (date: string) =>
    (lang === 'zh' ? '日一二三四五六' : 'SMTWTFS')[new Date(`${date}T00:00:00Z`).getUTCDay()];
  const said = (d: Day) =>
    [
      t(`day_${d.kind}` as never),
      d.n ? t('dayCounted', { n: d.n }) : '',
      d.adjusted ? t('day_adjusted') : '',
      d.name ? d.name[lang] : '',
      d.pausedMs > 0 && d.kind !== 'paused' ? t('day_partlyPaused') : '',
      d.assumed ? t('day_assumed') : '',
    ]
      .filter(Boolean)
      .join('，');
  return (
    <div>
      <ul
        aria-label={t('dayByDay')}
        data-testid="day-strip"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', padding: 0, margin: 0 }}
      >
        {days.map((d) => (
          <li
            key={d.date}
            data-kind={d.kind}
            aria-label={`${d.date}（${weekday(d.date)}）：${said(d)}`}
            title={said(d)}
            style={{
              width: 46,
              padding: '2px 0',
              textAlign: 'center',
              fontSize: 12,
              lineHeight: '16px',
              color: 'rgba(0,0,0,0.88)',
              background: LOOK[d.kind].background,
              border: `1px ${d.assumed ? 'dashed' : 'solid'} ${LOOK[d.kind].border}`,
              borderRadius: 4,
            }}
          >
            <div aria-hidden>{d.date.slice(5).replace('-', '/')}</div>
            <div aria-hidden>{weekday(d.date)}</div>
            <div aria-hidden style={{ fontWeight: 600 }}>
              {d.kind === 'counted' ? d.n : t(`dayMark_${d.kind}` as never)}
            </div>
          </li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        {(['start', 'counted', 'weekend', 'holiday', 'paused'] as const).map((kind) => (
          <span key={kind} style={{ marginInlineEnd: 12, whiteSpace: 'nowrap' }}>
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                marginInlineEnd: 4,
                background: LOOK[kind].background,
                border: `1px solid ${LOOK[kind].border}`,
              }}
            />
            {t(`day_${kind}` as never)}
          </span>
        ))}
        <span style={{ whiteSpace: 'nowrap' }}>{t('legendAssumed')}</span>
      </Typography.Paragraph>
    </div>
  );
}
