export * from './access-tokens';
export * from './principal';
export * from './service-credentials';
