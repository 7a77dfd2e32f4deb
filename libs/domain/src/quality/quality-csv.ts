import type { Utility } from '../form/utilities';
import { parseCsv, type ImportProblem } from '../service/accounts';
import { QUALITY_CSV_COLUMNS, QUALITY_METRICS, qualityFiguresSchema, type QualityFigures } from './quality-figures';

export interface QualitySubmission {
  providerId: string;
  utility: Utility;
  month: string;
  figures: QualityFigures;
}

const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;
const MAX_ROWS = 5_000;

/**
 * A provider's figures as a CSV file, one figure a line (`provider_id,month,metric,value`): any
 * number of months, and for the district any number of providers. Every problem of every line is listed (`rows.<line>.<column>`, line 2
 * is the first after the header), then every month whose figures are incomplete or implausible
 * (`months.<provider>.<month>.<metric>`). Submissions only when there is no problem at all:
 * nothing is half-recorded.
 */
export function parseQualityCsv(
  csv: string,
  context: {
    utilityOf: (providerId: string) => Utility | undefined;
    mayReport: (providerId: string) => boolean;
    currentMonth: string;
  },
): { ok: true; submissions: QualitySubmission[] } | { ok: false; problems: ImportProblem[] } {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const columns = (header ?? []).map((h) => h.trim());
  if (columns.join(',') !== QUALITY_CSV_COLUMNS.join(','))
    return fail('header', 'columns', `the first line must be ${QUALITY_CSV_COLUMNS.join(',')}`);
  if (rows.length === 0) return fail('rows', 'empty', 'no figures');
  if (rows.length > MAX_ROWS) return fail('rows', 'too_many', `at most ${MAX_ROWS} figures per file`);

  const problems: ImportProblem[] = [];
  const months = new Map<string, QualitySubmission & { raw: Record<string, number>; line: number }>();
  const seen = new Map<string, number>();
  const unreadable = new Set<string>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    const at = (column: string, rule: string, message: string) =>
      problems.push({ path: `rows.${line}.${column}`, rule, message });
    if (cells.length !== columns.length) {
      problems.push({
        path: `rows.${line}`,
        rule: 'cell_count',
        message: `has ${cells.length} cells, the header ${columns.length}`,
      });
      return;
    }
    const [providerId, month, metric, text] = cells.map((c) => c.trim());
    const utility = context.utilityOf(providerId);
    if (!utility) return at('provider_id', 'unknown', `${providerId || '(empty)'} is not a provider`);
    if (!context.mayReport(providerId)) return at('provider_id', 'forbidden', 'only your own provider’s figures');
    if (!MONTH.test(month)) return at('month', 'format', 'must be YYYY-MM, 2000–2099');
    if (month >= context.currentMonth) return at('month', 'not_over', 'a month is reported once it is over');
    if (!(metric in QUALITY_METRICS[utility]))
      return at('metric', 'unknown', `${utility} figures are ${Object.keys(QUALITY_METRICS[utility]).join(', ')}`);
    const value = text === '' ? NaN : Number(text);
    if (!Number.isFinite(value)) {
      unreadable.add(`${providerId}/${month}/${metric}`); // said once, on its line, not again as missing
      return at('value', 'number', 'must be a number');
    }
    const key = `${providerId}/${month}/${metric}`;
    if (seen.has(key)) return at('metric', 'duplicate', `${metric} of ${month} is also on line ${seen.get(key)}`);
    seen.set(key, line);
    const group = months.get(`${providerId}/${month}`) ?? { providerId, utility, month, figures: {}, raw: {}, line };
    group.raw[metric] = value;
    months.set(`${providerId}/${month}`, group);
  });
  const submissions: QualitySubmission[] = [];
  for (const { providerId, utility, month, raw } of months.values()) {
    const parsed = qualityFiguresSchema(utility).safeParse(raw);
    if (parsed.success) submissions.push({ providerId, utility, month, figures: parsed.data as QualityFigures });
    else
      for (const issue of parsed.error.issues) {
        if (unreadable.has(`${providerId}/${month}/${issue.path.map(String).join('.')}`)) continue;
        problems.push({
          path: `months.${providerId}.${month}.${issue.path.map(String).join('.')}`,
          rule: issue.code === 'invalid_type' ? 'required' : 'range',
          message: issue.code === 'invalid_type' ? 'missing from the file' : issue.message,
        });
      }
  }
  return problems.length ? { ok: false, problems } : { ok: true, submissions };
}

function fail(path: string, rule: string, message: string) {
  return { ok: false as const, problems: [{ path, rule, message }] };
}
