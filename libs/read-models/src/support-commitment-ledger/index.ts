export * from './support-commitment-ledger.entity';
export * from './support-commitment-ledger.projection';
export * from './support-commitment-ledger.queries';
export * from './support-commitment-ledger.schema';
