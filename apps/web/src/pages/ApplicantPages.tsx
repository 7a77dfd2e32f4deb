import { Link, Navigate, Route, Routes } from 'react-router';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n';
import { Loaded } from '../ui';
import NewApplication from './applicant/NewApplication';
import ApplicationPage from './applicant/ApplicationPage';
import type { Summary } from './applicant/types';
import ComplaintsDesk from './complaints/ComplaintsDesk';
import FileComplaint from './complaints/FileComplaint';
import ConsultationsDesk from './consultations/ConsultationsDesk';
import AskConsultation from './consultations/AskConsultation';
import MyInterruptions from './satisfaction/MyInterruptions';

export default function ApplicantPages() {
  return (
    <Routes>
      <Route index element={<MyApplications />} />
      <Route path="new" element={<NewApplication />} />
      {/* Notifications moved to /notifications, one page for every role: old links still arrive. */}
      <Route path="notifications" element={<Navigate to="/notifications" replace />} />
      <Route path="complaints" element={<ComplaintsDesk />} />
      <Route path="complaints/new" element={<FileComplaint />} />
      <Route path="consultations" element={<ConsultationsDesk />} />
      <Route path="consultations/new" element={<AskConsultation />} />
      <Route path="interruptions" element={<MyInterruptions />} />
      <Route path=":id" element={<ApplicationPage />} />
    </Routes>
  );
}

/** The one form: sections appear as utilities are ticked; the API's own problems are shown on their fields, all at once. */

function MyApplications() {
  const { t, e, date } = useI18n();
  const { data, isLoading, error } = useQuery({
    queryKey: ['applications'],
    queryFn: () => ok(api.GET('/api/v1/applications', { params: { query: { pageSize: 50 } } })),
  });
  return (
    <Card
      title={<Typography.Title level={2}>{t('myApplications')}</Typography.Title>}
      extra={
        <Link to="/applicant/new">
          <Button type="primary">{t('nav_new')}</Button>
        </Link>
      }
    >
      <Loaded loading={isLoading} error={error}>
        <Table<Summary>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          dataSource={(data as { items: Summary[] } | undefined)?.items ?? []}
          locale={{ emptyText: t('noData') }}
          columns={[
            {
              title: t('applicationNumber'),
              dataIndex: 'number',
              render: (n: string | null, r) => <Link to={`/applicant/${r.id}`}>{n ?? t('noNumber')}</Link>,
            },
            { title: t('company'), dataIndex: 'companyName' },
            { title: t('utility'), dataIndex: 'utilities', render: (us: string[]) => us.map((u) => e(u)).join('、') },
            { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag>{e(s)}</Tag> },
            { title: t('submittedAt'), dataIndex: 'submittedAt', render: (v: string) => date(v) },
            { title: t('actions'), render: (_, r) => <Link to={`/applicant/${r.id}`}>{t('open')}</Link> },
          ]}
        />
      </Loaded>
    </Card>
  );
}
