export * from './binaries';
export * from './connection';
export * from './temporal-client.module';
export * from './codec';
