import { useState } from 'react';
import { App, Button, List, Space, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n';
import { failureText } from '../../ui';
import { fileSize, uploadDocument, type UploadedDocument } from './documents';

/**
 * One line per kind of document: required ones marked, each with its upload button and the file
 * chosen (which may be removed). A refused file (type by content, size) says why in the user's
 * language and is not attached.
 */
export function DocumentPicker({
  kinds,
  required,
  value,
  onChange,
}: {
  kinds: string[];
  required: string[];
  value: UploadedDocument[];
  onChange(next: UploadedDocument[]): void;
}) {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const add = async (file: File, kind: string) => {
    setBusy(kind);
    try {
      const uploaded = await uploadDocument(file, kind);
      onChange([...value.filter((d) => d.kind !== kind || kind === 'other'), uploaded]);
    } catch (error) {
      message.error(`${file.name}: ${failureText(error, lang)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <List
      size="small"
      bordered
      data-testid="document-picker"
      dataSource={kinds}
      renderItem={(kind) => {
        const files = value.filter((d) => d.kind === kind);
        return (
          <List.Item>
            <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
              <span>
                {required.includes(kind) && <Typography.Text type="danger">* </Typography.Text>}
                {e(kind)}
                {required.includes(kind) && files.length === 0 && (
                  <Tag style={{ marginInlineStart: 8 }}>{t('docMissing')}</Tag>
                )}
              </span>
              <Space wrap>
                {files.map((f) => (
                  <Tag
                    key={f.id}
                    icon={<PaperClipOutlined />}
                    closable
                    closeIcon={<span aria-label={`${t('remove')} ${f.filename}`}>×</span>}
                    onClose={() => onChange(value.filter((d) => d.id !== f.id))}
                  >
                    {f.filename} · {fileSize(f.size)}
                  </Tag>
                ))}
                <Upload
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void add(file, kind);
                    return false;
                  }}
                >
                  <Button icon={<UploadOutlined />} loading={busy === kind} aria-label={`${t('upload')} ${e(kind)}`}>
                    {t('upload')}
                  </Button>
                </Upload>
              </Space>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
