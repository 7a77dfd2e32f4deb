import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  CARRIERS,
  LOW_VOLTAGES,
  UTILITIES,
  VOLTAGES,
  type ServiceCategory,
  type Utility,
} from '../../../../../libs/domain/src/form/utilities';
import {
  DOCUMENT_KINDS,
  requiredKinds,
  type RequiredDocument,
} from '../../../../../libs/domain/src/documents/documents';
import { DocumentPicker } from '../documents/DocumentPicker';
import type { UploadedDocument } from '../documents/documents';
import { validateApplicationForm } from '../../../../../libs/domain/src/form/application-form';
import { problemMessage, type Problem } from '../../../../../libs/domain/src/validation/problems';
import { api, ApiFailure, ok } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import { failureText } from '../../ui';

/** Every field of the one form, by path: what is checked as the user types. */
const FIELDS = [
  'applicant.companyName',
  'applicant.creditCode',
  'applicant.contactName',
  'applicant.mobile',
  'applicant.email',
  'site.address',
  'site.district',
  'services',
  'services.power.capacityKva',
  'services.power.voltage',
  'services.power.supply',
  'services.water.pipeDiameterMm',
  'services.water.dailyUseM3',
  'services.gas.hourlyUseM3',
  'services.gas.smallStandardized',
  'services.broadband.bandwidthMbps',
  'services.broadband.carrier',
];

/** A requested service's catalog category from what is filled in so far (low voltage until said otherwise). */
function categoryOf(utility: Utility, request: Record<string, unknown>): ServiceCategory {
  if (utility === 'power') {
    if (!request.voltage || (LOW_VOLTAGES as readonly string[]).includes(String(request.voltage)))
      return 'low-voltage-non-residential';
    return request.supply === 'dual' ? 'high-voltage-dual' : 'high-voltage-single';
  }
  if (utility === 'gas') return request.smallStandardized ? 'gas-small-standardized' : 'gas-standard';
  return utility === 'water' ? 'water-standard' : 'broadband-standard';
}

/** The paths a change touched, e.g. { applicant: { mobile } } → applicant.mobile. */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => pathsOf(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

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
        api.POST('/api/v1/applications', {
          params: { header: { 'idempotency-key': key.current } as never },
          body: body(values) as never,
        }),
      ),
    onSuccess: (reply) => navigate(`/applicant/${(reply as { id: string }).id}`),
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
    key.current = crypto.randomUUID();
    touched.current.add('services');
    // The new section's fields register on the next render; check once they are there.
    setTimeout(() => check(showAll, next));
  };
  return (
    <Card>
      <Typography.Title level={2}>{t('nav_new')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('requiredHint')}</Typography.Paragraph>
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
        {ticked.includes('power') && (
          <Card size="small" title={e('power')} style={{ marginBottom: 12 }}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item required name={['services', 'power', 'capacityKva']} label={t('capacityKva')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item required name={['services', 'power', 'voltage']} label={t('voltage')}>
                  <Select options={VOLTAGES.map((v) => ({ value: v, label: v }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item required name={['services', 'power', 'supply']} label={t('supply')} initialValue="single">
                  <Select
                    options={[
                      { value: 'single', label: t('supply_single') },
                      { value: 'dual', label: t('supply_dual') },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        )}
        {ticked.includes('water') && (
          <Card size="small" title={e('water')} style={{ marginBottom: 12 }}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item required name={['services', 'water', 'pipeDiameterMm']} label={t('pipeDiameterMm')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item required name={['services', 'water', 'dailyUseM3']} label={t('dailyUseM3')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        )}
        {ticked.includes('gas') && (
          <Card size="small" title={e('gas')} style={{ marginBottom: 12 }}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item required name={['services', 'gas', 'hourlyUseM3']} label={t('hourlyUseM3')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['services', 'gas', 'smallStandardized']}
                  label={t('smallStandardized')}
                  valuePropName="checked"
                  initialValue={false}
                >
                  <Switch />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        )}
        {ticked.includes('broadband') && (
          <Card size="small" title={e('broadband')} style={{ marginBottom: 12 }}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item required name={['services', 'broadband', 'bandwidthMbps']} label={t('bandwidthMbps')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item required name={['services', 'broadband', 'carrier']} label={t('carrier')}>
                  <Select options={CARRIERS.map((c) => ({ value: c, label: e(c) }))} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        )}
        <Typography.Title level={3}>{t('documentsSection')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('documentsHint')}</Typography.Paragraph>
        <div style={{ marginBottom: 24 }}>
          <DocumentPicker
            kinds={[...required, ...DOCUMENT_KINDS.filter((k) => k === 'other' && !required.includes(k))]}
            required={required}
            value={documents}
            onChange={(next) => {
              setDocuments(next);
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
