import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { failureText, fieldErrors } from '../../ui';

const CATEGORIES = ['delay', 'charges', 'service', 'supply-quality', 'interruption', 'other-matter'];

/**
 * A business complains about a provider — to the district, not to the provider. It picks what the
 * complaint is about from its own accounts and applications, so nothing needs typing but the story.
 */
export default function FileComplaint() {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm();
  const accounts = useQuery({
    queryKey: ['my-accounts'],
    queryFn: () => ok(api.GET('/api/v1/accounts', { params: { query: { pageSize: 100 } } })),
  });
  const applications = useQuery({
    queryKey: ['applications'],
    queryFn: () => ok(api.GET('/api/v1/applications', { params: { query: { pageSize: 50 } } })),
  });
  const options = [
    ...((accounts.data as { items?: { accountNo: string; utility: string }[] } | undefined)?.items ?? []).map((a) => ({
      value: JSON.stringify({ kind: 'account', accountNo: a.accountNo, utility: a.utility }),
      label: `${t('accountNo')} ${a.accountNo} · ${e(a.utility)}`,
    })),
    ...(
      (applications.data as { items?: { id: string; number: string | null; utilities?: string[] }[] } | undefined)
        ?.items ?? []
    ).flatMap((a) =>
      (a.utilities ?? []).map((u) => ({
        value: JSON.stringify({ kind: 'application', applicationId: a.id, utility: u }),
        label: `${a.number ?? t('noNumber')} · ${e(u)}`,
      })),
    ),
  ];
  const file = useMutation({
    mutationFn: (v: { category: string; link: string; description: string }) =>
      ok(
        api.POST('/api/v1/complaints', {
          body: { category: v.category as never, link: JSON.parse(v.link), description: v.description },
        }),
      ),
    onSuccess: () => {
      message.success(t('complaintFiled'));
      void queries.invalidateQueries({ queryKey: ['complaints'] });
      navigate('/applicant/complaints');
    },
    onError: (error) => {
      form.setFields(fieldErrors(error, lang, (path) => (path.startsWith('link') ? 'link' : path)));
      message.error(failureText(error, lang));
    },
  });
  return (
    <Card title={<Typography.Title level={2}>{t('complaintNew')}</Typography.Title>}>
      <Typography.Paragraph>{t('complaintIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => file.mutate(v)} style={{ maxWidth: 720 }}>
        <Form.Item name="link" label={t('complaintAbout')} rules={[{ required: true }]}>
          <Select options={options} loading={accounts.isLoading || applications.isLoading} />
        </Form.Item>
        <Form.Item name="category" label={t('complaintCategory')} rules={[{ required: true }]}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: e(c) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('complaintDescription')} rules={[{ required: true }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={file.isPending}>
          {t('complaintSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
