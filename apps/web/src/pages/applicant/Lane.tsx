import { Card, Descriptions, Grid, Steps, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { useNames } from '../../names';
import { Deadline, Money } from '../../ui';
import { ExplainDeadline } from '../explanation/ExplainDeadline';
import type { ServiceView } from './types';

/**
 * The stages that apply to this connection: external works only when the plan needs them (or
 * while nobody knows yet, as "if needed").
 */
function stagesOf(service: ServiceView): { stage: string; ifNeeded?: boolean }[] {
  const has = new Set(service.stages.map((s) => s.stage));
  const undecided = ['waiting', 'survey', 'plan'].includes(service.phase);
  return [
    { stage: 'survey' },
    { stage: 'plan' },
    ...(has.has('construction') || service.phase === 'construction'
      ? [{ stage: 'construction' }]
      : undecided
        ? [{ stage: 'construction', ifNeeded: true }]
        : []),
    { stage: 'connection' },
  ];
}

/** One lane per utility: the steps that apply with their dates, the deadline, pauses and why, money. */
export function Lane({ applicationId, service }: { applicationId: string; service: ServiceView }) {
  const { t, e, date, deadline, lang } = useI18n();
  const names = useNames();
  const steps = stagesOf(service);
  const row = (stage: string) => service.stages.find((s) => s.stage === stage);
  const current = service.phase === 'done' ? steps.length : steps.findIndex((s) => s.stage === service.phase);
  const stage = service.currentStage;
  // On a phone each label goes above its value: side by side, a late deadline and its tag overflow.
  const phone = !Grid.useBreakpoint().md;
  return (
    <Card
      size="small"
      title={`${e(service.utility)} · ${names.provider(service.providerId)}`}
      data-testid={`lane-${service.utility}`}
    >
      <Steps
        size="small"
        orientation="vertical"
        current={Math.max(0, current)}
        aria-label={`${e(service.utility)}: ${e(service.phase)}`}
        items={steps.map(({ stage: s, ifNeeded }, i) => {
          const r = row(s);
          return {
            title: ifNeeded ? `${e(s)}${t('ifNeeded')}` : e(s),
            description: r?.completedAt
              ? t('doneOn', { date: date(r.completedAt) })
              : r && i === current && r.status !== 'paused'
                ? deadline(r.dueAt)
                : undefined,
          };
        })}
      />
      <Descriptions size="small" column={1} layout={phone ? 'vertical' : 'horizontal'} style={{ marginTop: 12 }}>
        {stage && (
          <Descriptions.Item label={`${t('due')} · ${e(stage.stage)}`}>
            <Deadline dueAt={stage.dueAt} slaState={stage.slaState} paused={stage.status === 'paused'} />
            <div>
              <ExplainDeadline applicationId={applicationId} track={service.utility} stage={stage.stage} />
            </div>
          </Descriptions.Item>
        )}
        {service.total && service.phase !== 'done' && (
          <Descriptions.Item label={t('connectBy')}>
            <Deadline dueAt={service.total.dueAt} slaState={service.total.slaState} />
            <div>
              <ExplainDeadline applicationId={applicationId} track={service.utility} stage="total" />
            </div>
          </Descriptions.Item>
        )}
        {service.stages.some((s) => s.pauses.length > 0) && (
          <Descriptions.Item label={t('pauses')}>
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {service.stages.flatMap((s) =>
                s.pauses.map((p) => (
                  <li key={`${s.stage}-${p.from}-${p.reason}`}>
                    {e(s.stage)}: {e(p.reason)} ({date(p.from)} – {p.to ? date(p.to) : t('stillPaused')})
                  </li>
                )),
              )}
            </ul>
          </Descriptions.Item>
        )}
        {service.permitStatus && (
          <Descriptions.Item label={t('permit')}>
            <Tag>{e(service.permitStatus)}</Tag>
          </Descriptions.Item>
        )}
        {service.applicantPaysFen !== null && (
          <Descriptions.Item label={t('applicantPays')}>
            <Money fen={service.applicantPaysFen} />
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('zeroBurden')}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
        {service.compensation.accruedFen > 0 && (
          <Descriptions.Item label={t('compensation')}>
            <Money fen={service.compensation.accruedFen} />
            {/* Each late clock's amounts, worked out: the stage's and the end-to-end total's. */}
            {[...service.stages, ...(service.total ? [service.total] : [])]
              .filter((s) => s.slaState === 'breached')
              .map((s) => (
                <div key={s.stage}>
                  <ExplainDeadline
                    applicationId={applicationId}
                    track={service.utility}
                    stage={s.stage}
                    label={`${e(s.stage)}${lang === 'zh' ? '：' : ': '}${t('explainCompensation')}`}
                  />
                </div>
              ))}
          </Descriptions.Item>
        )}
        {service.accountId && <Descriptions.Item label={t('account')}>{service.accountId}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}
