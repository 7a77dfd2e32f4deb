import { App, Button, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { failureText, fieldErrors } from '../../ui';

/**
 * Withdrawing an announced change before its day: why, in both languages (it is published and
 * sent to everyone told of the change), confirmed in a dialog; problems come back on their fields.
 */
export function WithdrawTariff({ id, title }: { id: string; title: string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reasonZh: string; reason: string }>();
  const withdraw = useMutation({
    mutationFn: (body: { reasonZh: string; reason: string }) =>
      ok(api.POST('/api/v1/tariff-notices/{id}/withdrawal', { params: { path: { id } }, body })),
    onSuccess: () => {
      message.success(t('tariffWithdrawn'));
      setOpen(false);
      void queries.invalidateQueries({ queryKey: ['tariff-notices'] });
    },
    onError: (error) => {
      form.setFields(fieldErrors(error, lang) as never);
      message.error(failureText(error, lang));
    },
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('tariffWithdraw')}
      </Button>
      <Modal
        open={open}
        title={t('tariffWithdrawTitle', { title })}
        okText={t('tariffWithdraw')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        cancelText={t('cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name={`withdraw-${id}`} onFinish={(v) => withdraw.mutate(v)}>
          <Form.Item
            name="reasonZh"
            label={t('withdrawReasonZh')}
            extra={t('withdrawReasonHint')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="reason" label={t('withdrawReasonEn')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
