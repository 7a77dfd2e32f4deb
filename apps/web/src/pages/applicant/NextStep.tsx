import { Alert } from 'antd';
import { useI18n } from '../../i18n';
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
  const box = (type: 'info' | 'success' | 'warning' | 'error', title: string, lines: string[] = []) => (
    <Alert
      data-testid="next-step"
      type={type}
      showIcon
      title={title}
      description={
        lines.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {lines.map((l) => (
              <li key={l}>{l}</li>
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
      return box('info', t('next_acceptance', { deadline: windowStage ? deadline(windowStage.dueAt) : '—' }));
  }
  const surveyAhead = app.surveyAppointmentAt && Date.parse(app.surveyAppointmentAt) > Date.now();
  if (windowStage?.stage === 'survey-scheduling' && !app.surveyAppointmentAt)
    return box(
      'info',
      t('next_scheduling', { deadline: deadline(windowStage.dueAt), utilities: list(app.utilities.map(e)) }),
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
    if (s.phase === 'done') return t('next_connected', { who });
    const stage = s.currentStage;
    if (!stage) return t('next_waiting', { who });
    const reason = stage.pauses.find((p) => p.to === null)?.reason;
    return stage.status === 'paused'
      ? t('next_paused', { who, stage: e(stage.stage), reason: reason ? e(reason) : '' })
      : t('next_provider', { who, stage: e(stage.stage), deadline: deadline(stage.dueAt) });
  });
  return box('info', t('next_parallel'), lines);
}
