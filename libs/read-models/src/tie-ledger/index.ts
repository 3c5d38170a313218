export * from './tie-ledger.entity';
export * from './tie-ledger.projection';
export * from './tie-ledger.queries';
export * from './tie-ledger.schema';
export * from './upsert-row';
export * from './sum-of';
