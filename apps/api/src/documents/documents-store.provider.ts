import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { DocumentsStore } from '../../../../libs/persistence/src/documents/documents-store';
import { ObjectStore } from '../../../../libs/persistence/src/documents/object-store';

export const DOCUMENTS_STORE = Symbol('DOCUMENTS_STORE');

/** One documents store for the API, keeping bytes where DOCUMENT_STORE says. */
export const documentsStoreProvider: Provider = {
  provide: DOCUMENTS_STORE,
  inject: [DataSource, CONFIG],
  useFactory: (dataSource: DataSource, config: Config) =>
    new DocumentsStore(
      dataSource,
      config.DOCUMENT_STORE === 's3'
        ? new ObjectStore({
            endpoint: config.S3_ENDPOINT,
            region: config.S3_REGION,
            bucket: config.S3_BUCKET!,
            accessKeyId: config.S3_ACCESS_KEY_ID,
            secretAccessKey: config.S3_SECRET_ACCESS_KEY,
            forcePathStyle: config.S3_FORCE_PATH_STYLE === 'on',
          })
        : undefined,
    ),
};
