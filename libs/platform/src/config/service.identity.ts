/** The running service's name: a log and metric label, a Kafka client id, a CloudEvents source. */
export class ServiceIdentity {
  constructor(readonly name: string) {}
}
