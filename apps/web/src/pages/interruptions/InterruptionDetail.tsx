import { Space, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n';
import { Loaded, SlaTag } from '../../ui';
import { ExplainDeadline } from '../explanation/ExplainDeadline';

interface Detail {
  clocks: { stage: string; dueAt: string; status: string; slaState: string }[];
  compensation: { accountNo: string; stage: string; fen: number; bookings: number }[];
}

/** An interruption's clocks and what each account is booked, each with how it was worked out. */
export function InterruptionDetail({ id }: { id: string }) {
  const { t, e, date, money, lang } = useI18n();
  const { data, isLoading, error } = useQuery({
    queryKey: ['interruption', id],
    queryFn: () => ok(api.GET('/api/v1/interruptions/{id}', { params: { path: { id } } })),
  });
  const d = data as unknown as Detail | undefined;
  return (
    <Loaded loading={isLoading} error={error}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          {(d?.clocks ?? []).map((c) => (
            <span key={c.stage}>
              {e(c.stage)} · {t('due')} {date(c.dueAt)} <SlaTag state={c.slaState} />{' '}
              <ExplainDeadline interruptionId={id} stage={c.stage} />
            </span>
          ))}
        </Space>
        <Table
          scroll={{ x: 'max-content' }}
          size="small"
          rowKey={(r) => `${r.accountNo}-${r.stage}`}
          pagination={false}
          dataSource={d?.compensation ?? []}
          locale={{ emptyText: t('noData') }}
          data-testid={`compensation-${id}`}
          columns={[
            { title: t('account'), dataIndex: 'accountNo' },
            { title: t('stage'), dataIndex: 'stage', render: (v: string) => e(v) },
            {
              title: t('compensation'),
              dataIndex: 'fen',
              render: (v: number, r) => (
                <>
                  {money(v)}{' '}
                  <ExplainDeadline
                    interruptionId={id}
                    stage={r.stage}
                    label={`${r.accountNo}${lang === 'zh' ? '：' : ': '}${t('explainCompensation')}`}
                  />
                </>
              ),
            },
            { title: t('bookings'), dataIndex: 'bookings' },
          ]}
        />
      </Space>
    </Loaded>
  );
}
