import { Drawer, Grid, Segmented, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Loaded } from '../ui';

/**
 * The pieces every desk (complaints, consultations, follow-ups) is made of: a two-way filter, the
 * list (one page, scrolling sideways on a phone rather than overflowing it), and the drawer a row
 * opens in, wider on a desktop.
 */
export function DeskFilter<V extends string>({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: { value: V; label: string }[];
}) {
  return <Segmented aria-label={label} value={value} onChange={(v) => onChange(v as V)} options={options} />;
}

export function DeskList<T extends { id: string }>({
  loading,
  error,
  items,
  empty,
  columns,
}: {
  loading: boolean;
  error: unknown;
  items: T[];
  empty: string;
  columns: TableColumnsType<T>;
}) {
  return (
    <Loaded loading={loading} error={error}>
      <Table<T>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        pagination={false}
        dataSource={items}
        locale={{ emptyText: empty }}
        columns={columns}
      />
    </Loaded>
  );
}

export function DeskDrawer({
  open,
  onClose,
  title,
  extra,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer open={open} onClose={onClose} title={title} size={phone ? 'default' : 'large'} extra={extra}>
      {children}
    </Drawer>
  );
}
