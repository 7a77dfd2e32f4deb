import { Link } from 'react-router';
import { Button } from 'antd';
import { useI18n } from '../../i18n';

export const LAPSE_STAGES = new Set(['notice', 'arrival', 'restoration', 'rectification']);

/** A row's application, one click away in the drawer (an interruption's row says so instead). */
export function useOpener(open: (id: string) => void) {
  const { t, e } = useI18n();
  return (applicationId: string, stage: string) =>
    LAPSE_STAGES.has(stage) ? (
      e('interruption')
    ) : stage.startsWith('consultation-') ? (
      <Link to={`/admin/consultations?open=${applicationId}`}>{t('nav_consultations')}</Link>
    ) : stage === 'follow-up' ? (
      <Link to="/admin/follow-ups">{t('nav_followUps')}</Link>
    ) : stage.startsWith('complaint-') ? (
      <Link to="/admin/complaints">{t('nav_complaints')}</Link>
    ) : (
      <Button type="link" style={{ padding: 0 }} onClick={() => open(applicationId)}>
        {t('openApplication')}
      </Button>
    );
}
