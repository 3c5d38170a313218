export * from './principal';
export * from './service-credentials';
