// The command services' side of the transport: the gateway that checks each message and runs
// load → decide → append, and the module that wires a service's event store, relay and gateway.
export * from './api-error-mapping';
export * from './command-gateway';
export * from './command-service.environment';
export * from './command-service.module';
