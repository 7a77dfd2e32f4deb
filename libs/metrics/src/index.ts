export * from './metrics';
export * from './access';
