import { Collapse, Timeline } from 'antd';
import { useI18n } from '../../i18n';

export interface TimelineEvent {
  stream: string;
  type: string;
  recordedAt: string;
  data: Record<string, unknown>;
}

/** When it happened: the event's own time (clocks record their due moments), else when it was recorded. */
function eventTime(ev: TimelineEvent): string {
  const own = ev.data.at ?? ev.data.startedAt ?? ev.data.submittedAt;
  return typeof own === 'string' ? own : ev.recordedAt;
}

/** Whose record an event is: the one window's, or a utility's (its connection or a review of it). */
function groupOf(ev: TimelineEvent): string {
  const track = ev.data.track;
  if (typeof track === 'string') return track;
  const utility = /-(power|water|gas|broadband)$/.exec(ev.stream)?.[1];
  return utility ?? 'joint';
}

/**
 * Every recorded event, one click away from the plain-language summary, grouped by the one window
 * and each utility, each in words: what happened, at which stage, when.
 */
export function EventTimeline({ events, groups }: { events: TimelineEvent[]; groups: string[] }) {
  const { t, e, date } = useI18n();
  const label = (ev: TimelineEvent) => {
    const stage = typeof ev.data.stage === 'string' && ev.data.stage !== 'total' ? e(ev.data.stage) : null;
    return stage ? `${e(ev.type)} · ${stage}` : e(ev.type);
  };
  const order = ['joint', ...groups];
  return (
    <Collapse
      data-testid="timeline"
      items={[
        {
          key: 'all',
          label: t('timelineAll', { n: events.length }),
          children: (
            <Collapse
              ghost
              defaultActiveKey={order}
              items={order
                .map((g) => ({ g, list: events.filter((ev) => groupOf(ev) === g) }))
                .filter(({ list }) => list.length > 0)
                .map(({ g, list }) => ({
                  key: g,
                  label: `${e(g)} (${list.length})`,
                  children: (
                    <Timeline
                      items={list.map((ev) => ({
                        content: (
                          <span>
                            <strong>{label(ev)}</strong> · {date(eventTime(ev))}
                          </span>
                        ),
                        color: ev.type === 'SlaBreached' ? 'red' : ev.type.endsWith('Completed') ? 'green' : 'blue',
                      }))}
                    />
                  ),
                }))}
            />
          ),
        },
      ]}
    />
  );
}
