import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Rows a statement returned as JSON (json_agg of a read-model table) made into entities, as
 * TypeORM would have loaded them: properties by name, timestamps as Dates, transformers applied.
 * Lets one statement fetch an application with its child rows.
 */
export function rowsFromJson<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  json: readonly Record<string, unknown>[] | null,
): T[] {
  const columns = dataSource.getMetadata(entity).columns;
  return (json ?? []).map((raw) => {
    const row = {} as Record<string, unknown>;
    for (const column of columns) {
      let value = raw[column.databaseName] ?? null;
      if (value !== null && (column.type === 'timestamptz' || column.type === Date)) value = new Date(value as string);
      const transformer = column.transformer;
      if (transformer && !Array.isArray(transformer)) value = transformer.from(value === null ? null : String(value));
      row[column.propertyName] = value;
    }
    return row as T;
  });
}
