export * from './peer-load.entity';
export * from './peer-load.projection';
export * from './peer-load.queries';
export * from './peer-load.schema';
