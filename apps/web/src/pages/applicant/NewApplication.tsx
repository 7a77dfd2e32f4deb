import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Checkbox, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { UTILITIES, type Utility } from '../../../../../libs/domain/src/form/utilities';
import {
  DOCUMENT_KINDS,
  requiredKinds,
  type RequiredDocument,
} from '../../../../../libs/domain/src/documents/documents';
import { DocumentPicker } from '../documents/DocumentPicker';
import { categoryOf, FIELDS, pathsOf } from './form-fields';
import { ServiceSections } from './ServiceSections';
import type { UploadedDocument } from '../documents/documents';
import { validateApplicationForm } from '../../../../../libs/domain/src/form/application-form';
import { useSession } from '../../auth';
import { clearDraft, saveDraft, useRestoredDraft } from './draft';
import { problemMessage, type Problem } from '../../../../../libs/domain/src/validation/problems';
import { api, ApiFailure, ok } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import { failureText } from '../../ui';

type Shown = Problem & { message?: string };

/**
 * The one form. The rules are the API's own (libs/domain/src/form/application-form.ts), checked as
 * the user types and worded in their language; nothing is sent while a problem remains. A field's
 * message appears once it has been touched (or on submit) and goes as soon as it is right.
 */
export default function NewApplication() {
  const { t, e, lang } = useI18n();
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const [ticked, setTicked] = useState<Utility[]>([]);
  const [problems, setProblems] = useState<Shown[]>([]);
  const [showAll, setShowAll] = useState(false);
  const touched = useRef(new Set<string>());
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const catalog = useQuery({ queryKey: ['catalog'], queryFn: () => ok(api.GET('/api/v1/catalog', {})) });
  const owner = useSession().principal?.sub ?? 'anonymous';
  // Applying from a consultation: the form starts from what it told us, and is sent for it.
  const consultation = useSearchParams()[0].get('consultation');
  const prefill = useQuery({
    queryKey: ['consultation-prefill', consultation],
    enabled: !!consultation,
    queryFn: () => ok(api.GET('/api/v1/consultations/{id}/prefill', { params: { path: { id: consultation ?? '' } } })),
  });
  type Extra = { ticked: Utility[]; documents: UploadedDocument[] };
  useRestoredDraft<Extra>(owner, (draft) => {
    form.setFieldsValue(draft.values);
    setTicked(draft.extra.ticked ?? []);
    setDocuments(draft.extra.documents ?? []);
  });
  const keep = (extra: Partial<Extra> = {}) =>
    saveDraft<Extra>(owner, { values: form.getFieldsValue(true), extra: { ticked, documents, ...extra } });
  useEffect(() => {
    const p = prefill.data as
      | { applicant: { companyName?: string }; site: { address?: string; district?: string }; utilities: Utility[] }
      | undefined;
    if (!p) return;
    const empty = (path: string[]) => !form.getFieldValue(path);
    if (p.applicant.companyName && empty(['applicant', 'companyName']))
      form.setFieldValue(['applicant', 'companyName'], p.applicant.companyName);
    if (p.site.address && empty(['site', 'address'])) form.setFieldValue(['site', 'address'], p.site.address);
    if (p.site.district) form.setFieldValue(['site', 'district'], p.site.district);
    if (!ticked.length) setTicked(UTILITIES.filter((u) => p.utilities.includes(u)));
  }, [prefill.data]); // once, when the consultation's fields arrive
  // One key per version of the form: a double click sends the same key, so one application.
  const key = useRef(crypto.randomUUID());
  const body = (values: Record<string, unknown>, utilities = ticked) => ({
    ...values,
    applicant: values.applicant ?? {},
    site: values.site ?? {},
    ...(documents.length ? { documents: documents.map((d) => ({ id: d.id, kind: d.kind })) } : {}),
    services: Object.fromEntries(
      utilities.map((u) => [u, (values.services as Record<string, unknown> | undefined)?.[u] ?? {}]),
    ),
  });
  /** Checks the whole form; shows each field's problems where the user has been (or everywhere). */
  const check = (all: boolean, utilities = ticked): Problem[] => {
    const result = validateApplicationForm(body(form.getFieldsValue(true), utilities));
    const found = result.ok ? [] : result.problems;
    form.setFields(
      FIELDS.map((path) => ({
        name: path === 'services' ? 'services' : path.split('.'),
        errors:
          all || touched.current.has(path)
            ? found.filter((p) => p.path === path).map((p) => problemMessage(p, lang))
            : [],
      })),
    );
    if (all) setProblems(found);
    else setProblems((shown) => (shown.length ? found : shown));
    return found;
  };
  // Messages follow the language.
  useEffect(() => {
    if (showAll || touched.current.size) check(showAll);
  }, [lang]);
  const submit = useMutation({
    mutationFn: async (values: Record<string, unknown>) =>
      ok(
        consultation
          ? api.POST('/api/v1/consultations/{id}/application', {
              params: { path: { id: consultation } },
              body: body(values) as never,
            })
          : api.POST('/api/v1/applications', {
              params: { header: { 'idempotency-key': key.current } as never },
              body: body(values) as never,
            }),
      ),
    onSuccess: (reply) => {
      clearDraft(owner);
      navigate(`/applicant/${(reply as { id: string }).id}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiFailure))
        return setProblems([{ path: '(form)', rule: 'unavailable', params: {}, message: failureText(error, lang) }]);
      // A rule only the server knows: its problems, worded in the user's language where we can.
      const details: Shown[] = error.body.details.length
        ? error.body.details.map((d) => ({ ...d, params: (d.params ?? {}) as Problem['params'] }))
        : [{ path: '(form)', rule: error.body.code, params: {}, message: failureText(error, lang) }];
      setProblems(details);
      form.setFields(
        details.filter((d) => d.path !== '(form)').map((d) => ({ name: d.path.split('.'), errors: [shownMessage(d)] })),
      );
    },
  });
  const shownMessage = (p: Shown) =>
    p.message && !p.rule ? p.message : problemMessage(p, lang, lang === 'zh' ? undefined : p.message);
  /** Where a problem is, in words: the field's label (with its utility). */
  const where = (path: string) => {
    if (path === '(form)') return '';
    const parts = path.split('.');
    const last = parts[parts.length - 1];
    const label = last === 'services' ? t('servicesSection') : (t(last as MessageKey) ?? path);
    return parts[0] === 'services' && parts.length > 2 ? `${e(parts[1])} · ${label}` : label;
  };
  const onFinish = () => {
    setShowAll(true);
    const found = check(true);
    if (found.length) {
      form.scrollToField(found[0].path === 'services' ? 'services' : found[0].path.split('.'), { block: 'center' });
      return;
    }
    submit.mutate(form.getFieldsValue(true));
  };
  // The documents the chosen services need, by the catalog in force (a missing one does not block).
  const services = (Form.useWatch('services', form) ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const required = requiredKinds(
    (catalog.data as { documents?: RequiredDocument[] } | undefined)?.documents,
    ticked.map((u) => ({ utility: u, category: categoryOf(u, services[u] ?? {}) })),
  );
  const toggle = (u: Utility, on: boolean) => {
    const next = on ? UTILITIES.filter((x) => x === u || ticked.includes(x)) : ticked.filter((x) => x !== u);
    setTicked(next);
    keep({ ticked: next });
    key.current = crypto.randomUUID();
    touched.current.add('services');
    // The new section's fields register on the next render; check once they are there.
    setTimeout(() => check(showAll, next));
  };
  return (
    <Card>
      <Typography.Title level={2}>{t('nav_new')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('requiredHint')}</Typography.Paragraph>
      {prefill.data && <Alert type="info" showIcon title={t('consultationPrefilled')} style={{ marginBottom: 16 }} />}
      {showAll && problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('formErrors', { n: problems.length })}
          description={
            <ul style={{ margin: 0 }}>
              {problems.map((p) => (
                <li key={`${p.path}:${p.rule}`}>
                  {where(p.path) && <strong>{where(p.path) + (lang === 'zh' ? '：' : ': ')}</strong>}
                  {shownMessage(p)}
                </li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name="application"
        onFinish={onFinish}
        onValuesChange={(changed) => {
          key.current = crypto.randomUUID();
          for (const path of pathsOf(changed)) touched.current.add(path);
          check(showAll);
          keep();
        }}
        initialValues={{ site: { district: '嘉定区' } }}
      >
        <Typography.Title level={3}>{t('applicantSection')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item required name={['applicant', 'companyName']} label={t('companyName')}>
              <Input autoComplete="organization" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item required name={['applicant', 'creditCode']} label={t('creditCode')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item required name={['applicant', 'contactName']} label={t('contactName')}>
              <Input autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item required name={['applicant', 'mobile']} label={t('mobile')}>
              <Input autoComplete="tel" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['applicant', 'email']} label={t('email')}>
              <Input autoComplete="email" type="email" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={3}>{t('siteSection')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item required name={['site', 'address']} label={t('address')}>
              <Input autoComplete="street-address" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item required name={['site', 'district']} label={t('district')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={3}>{t('servicesSection')}</Typography.Title>
        <Form.Item name="services" label={null} style={{ marginBottom: 8 }}>
          <Space wrap role="group" aria-label={t('servicesSection')}>
            {UTILITIES.map((u) => (
              <Checkbox key={u} checked={ticked.includes(u)} onChange={(ev) => toggle(u, ev.target.checked)}>
                {e(u)}
              </Checkbox>
            ))}
          </Space>
        </Form.Item>
        <ServiceSections ticked={ticked} />
        <Typography.Title level={3}>{t('documentsSection')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('documentsHint')}</Typography.Paragraph>
        <div style={{ marginBottom: 24 }}>
          <DocumentPicker
            kinds={[...required, ...DOCUMENT_KINDS.filter((k) => k === 'other' && !required.includes(k))]}
            required={required}
            value={documents}
            onChange={(next) => {
              setDocuments(next);
              keep({ documents: next });
              key.current = crypto.randomUUID();
            }}
          />
        </div>
        <Button type="primary" htmlType="submit" loading={submit.isPending} size="large">
          {submit.isPending ? t('submitting') : t('submit')}
        </Button>
      </Form>
    </Card>
  );
}
