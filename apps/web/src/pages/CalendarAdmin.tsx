import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiFailure, ok } from '../api/client';
import { useI18n } from '../i18n';
import { failureText, Loaded } from '../ui';

interface Overview {
  knownYears: number[];
  openDeadlinesOnUnknownCalendar: number;
  years: { year: number; source: string; holidays: number; workdays: number; loadedByAdmin: boolean }[];
}

const dates = (text: unknown) =>
  String(text ?? '')
    .split(/[\s,，、]+/)
    .map((d) => d.trim())
    .filter(Boolean);

/** The working calendar: the years known, and loading a year from the State Council's notice. */
export function CalendarAdmin() {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const queries = useQueryClient();
  const [loading, setLoading] = useState(false);
  const [form] = Form.useForm();
  const overview = useQuery({ queryKey: ['calendar-overview'], queryFn: () => ok(api.GET('/api/v1/calendar', {})) });
  const load = useMutation({
    mutationFn: ({ values, replace }: { values: Record<string, unknown>; replace: boolean }) =>
      ok(
        api.POST('/api/v1/calendar/years', {
          params: { query: { replace: replace ? 'true' : 'false' } },
          body: {
            year: values.year,
            holidays: dates(values.holidays),
            workdays: dates(values.workdays),
            source: values.source,
          } as never,
        }),
      ),
    onSuccess: () => {
      message.success(t('saved'));
      setLoading(false);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['calendar-overview'] });
      void queries.invalidateQueries({ queryKey: ['calendar'] });
    },
    onError: (error, { values }) => {
      // A year already known moves every deadline that counts it: replacing it is confirmed first.
      if (error instanceof ApiFailure && error.status === 409)
        return void modal.confirm({
          title: failureText(error, lang),
          okText: t('replaceYear'),
          cancelText: t('cancel'),
          onOk: () => load.mutate({ values, replace: true }),
        });
      if (error instanceof ApiFailure)
        form.setFields(
          error.body.details
            .filter((d) => ['year', 'holidays', 'workdays', 'source'].includes(d.path.split('.')[0]))
            .map((d) => ({ name: d.path.split('.')[0], errors: [`${d.path}: ${d.message}`] })),
        );
      message.error(failureText(error, lang));
    },
  });
  const o = overview.data as unknown as Overview | undefined;
  return (
    <Card
      title={<Typography.Title level={2}>{t('nav_calendar')}</Typography.Title>}
      extra={<Button onClick={() => setLoading(true)}>{t('loadYear')}</Button>}
    >
      <Loaded loading={overview.isLoading} error={overview.error}>
        {o && o.openDeadlinesOnUnknownCalendar > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('beyondCalendar', { n: o.openDeadlinesOnUnknownCalendar })}
          />
        )}
        <Table
          scroll={{ x: 'max-content' }}
          rowKey="year"
          dataSource={o?.years ?? []}
          pagination={false}
          data-testid="calendar-years"
          columns={[
            { title: t('year'), dataIndex: 'year' },
            { title: t('holidayDays'), dataIndex: 'holidays' },
            { title: t('adjustedWorkdays'), dataIndex: 'workdays' },
            { title: t('source'), dataIndex: 'source' },
            {
              title: t('status'),
              dataIndex: 'loadedByAdmin',
              render: (v: boolean) => <Tag>{v ? t('loadedByAdmin') : t('officialPackage')}</Tag>,
            },
          ]}
        />
      </Loaded>
      <Modal
        open={loading}
        title={t('loadYear')}
        okText={t('ok')}
        cancelText={t('cancel')}
        confirmLoading={load.isPending}
        onCancel={() => setLoading(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="calendar-year"
          onFinish={(values) => load.mutate({ values, replace: false })}
          initialValues={{ year: new Date().getFullYear() + 1 }}
        >
          <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="holidays" label={t('holidayList')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="workdays" label={t('workdayList')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="source" label={t('source')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
