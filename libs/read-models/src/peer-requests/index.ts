export * from './peer-request.entity';
export * from './peer-requests.projection';
export * from './peer-requests.queries';
export * from './peer-requests.schema';
export * from './peer-requests.writers';
