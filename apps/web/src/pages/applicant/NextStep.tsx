import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { ExplainDeadline } from '../explanation/ExplainDeadline';
import { useNames } from '../../names';
import { isOpen, type Detail } from './types';

/**
 * What happens next and who owes it, in one sentence or a few — the first thing the applicant
 * reads: the window's answer and its date, the joint survey (when, where, who comes), each
 * provider's current step and its deadline, or why the application is closed.
 */
export function NextStep({ app }: { app: Detail }) {
  const { t, e, date, deadline, lang } = useI18n();
  const names = useNames();
  const list = (items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const windowStage = app.joint.stages.find(isOpen);
  /** "Why this date?" beside a deadline the sentence names. */
  const why = (track: string, stage: string) => (
    <>
      {' '}
      <ExplainDeadline applicationId={app.id} track={track} stage={stage} />
    </>
  );
  const box = (
    type: 'info' | 'success' | 'warning' | 'error',
    title: string,
    lines: { text: string; explain?: ReactNode }[] = [],
    explain?: ReactNode,
  ) => (
    <Alert
      data-testid="next-step"
      type={type}
      showIcon
      title={
        <>
          {title}
          {explain}
        </>
      }
      description={
        lines.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {lines.map((l) => (
              <li key={l.text}>
                {l.text}
                {l.explain}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
  switch (app.status) {
    case 'rejected':
      return box('error', t('next_rejected', { reason: app.rejectReason ?? '' }));
    case 'withdrawn':
      return box('warning', t('next_withdrawn'));
    case 'failed':
      return box('error', t('next_failed'));
    case 'completed':
      return box('success', t('next_completed'));
    case 'supplement-requested':
      return box('warning', t('next_supplement', { items: list(app.supplement?.items ?? []) }));
    case 'submitted':
      return box(
        'info',
        t('next_acceptance', { deadline: windowStage ? deadline(windowStage.dueAt) : '—' }),
        [],
        windowStage && why('joint', windowStage.stage),
      );
  }
  const surveyAhead = app.surveyAppointmentAt && Date.parse(app.surveyAppointmentAt) > Date.now();
  if (windowStage?.stage === 'survey-scheduling' && !app.surveyAppointmentAt)
    return box(
      'info',
      t('next_scheduling', { deadline: deadline(windowStage.dueAt), utilities: list(app.utilities.map(e)) }),
      [],
      why('joint', windowStage.stage),
    );
  if (surveyAhead)
    return box(
      'info',
      t('next_survey', {
        at: date(app.surveyAppointmentAt),
        site: `${app.form.site.district} ${app.form.site.address}`,
        who: list(app.services.map((s) => names.provider(s.providerId))),
      }),
    );
  // Each provider's own step, in parallel.
  const lines = app.services.map((s) => {
    const who = `${e(s.utility)} · ${names.provider(s.providerId)}`;
    if (s.phase === 'done') return { text: t('next_connected', { who }) };
    const stage = s.currentStage;
    if (!stage) return { text: t('next_waiting', { who }) };
    const reason = stage.pauses.find((p) => p.to === null)?.reason;
    return stage.status === 'paused'
      ? { text: t('next_paused', { who, stage: e(stage.stage), reason: reason ? e(reason) : '' }) }
      : {
          text: t('next_provider', { who, stage: e(stage.stage), deadline: deadline(stage.dueAt) }),
          explain: why(s.utility, stage.stage),
        };
  });
  return box('info', t('next_parallel'), lines);
}
