import { App, Button, Card, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { UTILITIES } from '../../../../../libs/domain/src/form/utilities';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { failureText, fieldErrors } from '../../ui';

interface Values {
  utilities: string[];
  question: string;
  companyName?: string;
  address?: string;
  district?: string;
}

/**
 * Ask the one window, before applying or after: which utilities, the question, and — if the
 * business has them — its name and site, which fill in the form should it apply from here.
 */
export default function AskConsultation() {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<Values>();
  // One key per version of the question: a double click asks once.
  const key = useRef(crypto.randomUUID());
  const ask = useMutation({
    mutationFn: (v: Values) =>
      ok(
        api.POST('/api/v1/consultations', {
          params: { header: { 'idempotency-key': key.current } as never },
          body: {
            utilities: v.utilities as never,
            question: v.question,
            ...(v.companyName?.trim() ? { companyName: v.companyName } : {}),
            ...(v.address?.trim() ? { site: { address: v.address, district: v.district || '嘉定区' } } : {}),
          },
        }),
      ),
    onSuccess: (reply) => {
      message.success(t('consultationAsked'));
      void queries.invalidateQueries({ queryKey: ['consultations'] });
      navigate(`/applicant/consultations?open=${(reply as { id: string }).id}`);
    },
    onError: (error) => {
      form.setFields(
        fieldErrors(error, lang, (path) => (path.startsWith('site.') ? path.slice(5) : path.split('.')[0])) as never,
      );
      message.error(failureText(error, lang));
    },
  });
  return (
    <Card title={<Typography.Title level={2}>{t('consultationNew')}</Typography.Title>}>
      <Typography.Paragraph>{t('consultationIntro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="consultation"
        initialValues={{ utilities: [], district: '嘉定区' }}
        onValuesChange={() => (key.current = crypto.randomUUID())}
        onFinish={(v) => ask.mutate(v)}
        style={{ maxWidth: 760 }}
      >
        <Form.Item
          name="utilities"
          label={t('consultationUtilities')}
          // A validator rather than `required`: antd would put aria-required on the group's div.
          rules={[
            {
              validator: (_, v: string[] | undefined) =>
                v?.length ? Promise.resolve() : Promise.reject(new Error(t('consultationPickUtility'))),
            },
          ]}
        >
          <Checkbox.Group
            role="group"
            aria-label={t('consultationUtilities')}
            options={UTILITIES.map((u) => ({ value: u, label: e(u) }))}
          />
        </Form.Item>
        <Form.Item name="question" label={t('consultationQuestion')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('consultationOptionalHint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="companyName" label={t('companyName')}>
              <Input autoComplete="organization" maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="address" label={t('address')}>
              <Input autoComplete="street-address" maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="district" label={t('district')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={ask.isPending}>
          {t('consultationSend')}
        </Button>
      </Form>
    </Card>
  );
}
