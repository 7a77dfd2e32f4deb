import { Input, Select, Space } from 'antd';
import { useI18n, type MessageKey } from '../i18n';

/** A filter of a list: its placeholder (also its accessible name) and the values, named in words. */
export interface Filter {
  label: MessageKey;
  values: readonly string[];
  onChange(value: string | undefined): void;
}

/**
 * The search over applications (number, credit code or part of the company's name) with the list's
 * filters beside it: the window's inbox and the administrators' list share it.
 */
export function SearchBar({ onSearch, filters }: { onSearch(text: string): void; filters: Filter[] }) {
  const { t, e } = useI18n();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t('searchApplications')}
        placeholder={t('searchApplications')}
        style={{ width: 'min(420px, 80vw)' }}
        onSearch={(v) => onSearch(v.trim())}
        enterButton
      />
      {filters.map((f) => (
        <Select
          key={f.label}
          allowClear
          aria-label={t(f.label)}
          placeholder={t(f.label)}
          style={{ minWidth: 140 }}
          options={f.values.map((v) => ({ value: v, label: e(v) }))}
          onChange={(v: string | undefined) => f.onChange(v)}
        />
      ))}
    </Space>
  );
}
