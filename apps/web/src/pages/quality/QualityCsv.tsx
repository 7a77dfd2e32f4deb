import { Alert, App, Button, Card, Typography, Upload } from 'antd';
import { useState } from 'react';
import { QUALITY_CSV_COLUMNS } from '../../../../../libs/domain/src/quality/quality-figures';
import { api, ApiFailure, csvBody, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { failureText } from '../../ui';

interface CsvProblem {
  path: string;
  rule: string;
  message: string;
}

/**
 * Months of figures in one file (`provider_id,month,metric,value`, one figure a line). Every problem is shown by line and column, or by month and metric, in the
 * reader's language; nothing is recorded unless the whole file is right.
 */
export default function QualityCsv() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [done, setDone] = useState<string[]>([]);
  const upload = async (file: File) => {
    setProblems([]);
    setDone([]);
    let body: { submitted: { month: string }[] };
    try {
      body = await ok(api.POST('/api/v1/quality-figures', await csvBody(file)));
    } catch (error) {
      setProblems(error instanceof ApiFailure ? (error.body.details as CsvProblem[]) : []);
      message.error(failureText(error, lang));
      return false;
    }
    const months = body.submitted.map((s) => s.month);
    setDone([...new Set(months)].sort());
    message.success(t('qualityCsvDone', { n: months.length }));
    return false;
  };
  const where = (path: string) => {
    const [kind, ...rest] = path.split('.');
    if (kind === 'rows' && rest.length) return t('csvWhereLine', { line: rest[0], column: rest[1] ?? '' });
    if (kind === 'months' && rest.length >= 3) return `${rest[1]} · ${t(`metric_${rest.slice(2).join('.')}` as never)}`;
    return kind === 'header' ? t('csvWhereHeader') : t('csvWhereFile');
  };
  const said = (p: CsvProblem) => (lang === 'zh' ? t(`csvRule_${p.rule}` as never) : p.message);
  return (
    <Card title={<Typography.Title level={3}>{t('qualityCsvTitle')}</Typography.Title>}>
      <Typography.Paragraph>
        {t('qualityCsvIntro')} <Typography.Text code>{QUALITY_CSV_COLUMNS.join(',')}</Typography.Text>
      </Typography.Paragraph>
      <Upload accept=".csv,text/csv" beforeUpload={upload} showUploadList={false}>
        <Button>{t('chooseCsv')}</Button>
      </Upload>
      {done.length > 0 && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginTop: 12 }}
          title={t('qualityCsvMonths', { months: done.join(lang === 'zh' ? '、' : ', ') })}
        />
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 12 }}
          title={t('qualityCsvProblems', { n: problems.length })}
          description={
            <ul data-testid="quality-csv-problems">
              {problems.map((p) => (
                <li key={`${p.path}-${p.rule}`}>
                  {where(p.path)}: {said(p)}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
