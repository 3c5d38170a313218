export * from './keyset-page';
export * from './page-request';
