import { DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { DOCUMENT_KINDS } from '../../../../../libs/domain/src/documents/documents';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n';
import { isWorkingDay, useCalendar } from '../../calendar';

export type DialogKind = 'supplement' | 'reject' | 'schedule' | 'missed';
export interface WindowDialog {
  kind: DialogKind;
  applicationId: string;
  title: string;
  /** For a supplement: the required documents still missing, proposed first. */
  missing?: string[];
}

const TITLES = {
  reject: 'reject',
  supplement: 'requestSupplement',
  schedule: 'scheduleSurvey',
  missed: 'reportMissed',
} as const;

/** The window's actions that need more than a click: the body each sends, from a small form. */
export function WindowDialogs({
  dialog,
  pending,
  onCancel,
  onSubmit,
}: {
  dialog: WindowDialog | null;
  pending: boolean;
  onCancel(): void;
  onSubmit(id: string, body: Record<string, unknown>): void;
}) {
  const { t, e } = useI18n();
  const [form] = Form.useForm();
  const year = new Date().getFullYear();
  const { data: years } = useCalendar([year, year + 1]);
  const submit = (values: Record<string, unknown>) => {
    if (!dialog) return;
    const id = dialog.applicationId;
    if (dialog.kind === 'reject') onSubmit(id, { action: 'reject', reason: values.reason });
    if (dialog.kind === 'supplement') {
      const documents = (values.documents as string[] | undefined) ?? [];
      onSubmit(id, {
        action: 'request-supplement',
        // The missing documents by name, then anything else the window needs, one per line.
        items: [
          ...documents.map((k) => e(k)),
          ...String(values.items ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        ],
        message: values.message,
        ...(documents.length ? { documents } : {}),
      });
    }
    if (dialog.kind === 'schedule')
      onSubmit(id, {
        action: 'schedule-joint-survey',
        // The picked wall-clock time is Shanghai's, wherever the browser is.
        appointmentAt: dayjs
          .tz((values.appointmentAt as Dayjs).format('YYYY-MM-DD HH:mm'), 'Asia/Shanghai')
          .toISOString(),
      });
    if (dialog.kind === 'missed') onSubmit(id, { action: 'report-missed-survey', note: values.note });
  };
  return (
    <Modal
      open={dialog !== null}
      title={dialog && `${dialog.title} · ${t(TITLES[dialog.kind])}`}
      okText={t('ok')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: dialog?.kind === 'reject' }}
      confirmLoading={pending}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} name="window-action" preserve={false}>
        {dialog?.kind === 'reject' && (
          <>
            <p>{t('confirmReject')}</p>
            <Form.Item name="reason" label={t('reason')} rules={[{ required: true, message: t('requiredField') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {dialog?.kind === 'supplement' && (
          <>
            <Form.Item name="documents" label={t('requestedDocuments')} initialValue={dialog.missing ?? []}>
              <Select mode="multiple" allowClear options={DOCUMENT_KINDS.map((k) => ({ value: k, label: e(k) }))} />
            </Form.Item>
            <Form.Item
              name="items"
              label={t('items')}
              dependencies={['documents']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v) =>
                    (getFieldValue('documents')?.length ?? 0) > 0 || String(v ?? '').trim()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('requiredField'))),
                }),
              ]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="message" label={t('message')} rules={[{ required: true, message: t('requiredField') }]}>
              <Input />
            </Form.Item>
          </>
        )}
        {dialog?.kind === 'schedule' && (
          <Form.Item
            name="appointmentAt"
            label={t('appointment')}
            rules={[{ required: true, message: t('requiredField') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
              cellRender={(current, info) => {
                if (info.type !== 'date') return info.originNode;
                const day = (current as Dayjs).format('YYYY-MM-DD');
                const off = !isWorkingDay(day, years);
                return (
                  <div className="ant-picker-cell-inner" title={off ? t('holiday') : t('workday')}>
                    {(current as Dayjs).date()}
                    {off && (
                      <Tag style={{ marginInlineStart: 2, fontSize: 9, lineHeight: '12px', padding: '0 2px' }}>
                        {t('holiday')}
                      </Tag>
                    )}
                  </div>
                );
              }}
            />
          </Form.Item>
        )}
        {dialog?.kind === 'missed' && (
          <Form.Item name="note" label={t('reason')} rules={[{ required: true, message: t('requiredField') }]}>
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
