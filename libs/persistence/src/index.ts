export * from './data-source';
export * from './entities';
export * from './migrations';
export * from './event-store/event.entity';
export * from './database.module';
export * from './event-store/event-store';
