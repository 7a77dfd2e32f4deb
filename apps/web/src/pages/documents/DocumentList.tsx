import { App, Button, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { download } from '../../api/files';
import { useI18n } from '../../i18n';
import { failureText, Loaded } from '../../ui';
import { fileSize, type AttachedDocument } from './documents';

/** An application's files (each opens), and the required kinds still missing. */
export function DocumentList({ applicationId }: { applicationId: string }) {
  const { t, e, date, lang } = useI18n();
  const { message } = App.useApp();
  const { data, isLoading, error } = useQuery({
    queryKey: ['application-documents', applicationId],
    queryFn: () => ok(api.GET('/api/v1/applications/{id}/documents', { params: { path: { id: applicationId } } })),
  });
  const docs = data as unknown as { items: AttachedDocument[]; missing: string[] } | undefined;
  return (
    <Loaded loading={isLoading} error={error}>
      {docs && (
        <div data-testid="documents">
          {docs.missing.length > 0 && (
            <Typography.Paragraph type="warning">
              {t('docsMissing', { kinds: docs.missing.map(e).join(lang === 'zh' ? '、' : ', ') })}
            </Typography.Paragraph>
          )}
          <List
            size="small"
            dataSource={docs.items}
            locale={{ emptyText: t('noDocuments') }}
            renderItem={(d) => (
              <List.Item>
                <Space wrap>
                  <Tag>{e(d.kind)}</Tag>
                  <Button
                    type="link"
                    style={{ padding: 0 }}
                    onClick={() =>
                      download(`/api/v1/documents/${d.id}`, d.filename).catch((err) =>
                        message.error(failureText(err, lang)),
                      )
                    }
                  >
                    {d.filename}
                  </Button>
                  <Typography.Text type="secondary">
                    {fileSize(d.size)} · {date(d.attachedAt)}
                    {d.via === 'supplement' ? ` · ${t('viaSupplement')}` : ''}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </div>
      )}
    </Loaded>
  );
}
