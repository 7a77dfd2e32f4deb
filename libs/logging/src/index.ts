export * from './logging.module';
export * from './mask';
