import { ServiceCredentials } from '@lib/auth';

export interface CommandServiceAddress {
  app: string;
  port: number;
  tcpPort: number;
}

/**
 * Sets the command services' time to the story's business time (PUT /seed-clock, open only on
 * services started with COMMAND_CLOCK=seed), and gives them back system time at the end.
 */
export class SeedClocks {
  private shown?: string;

  constructor(
    private readonly services: CommandServiceAddress[],
    private readonly credentials: ServiceCredentials,
  ) {}

  /** Every service at `at`; a service answers once what fell due by then has run. */
  async set(at: string): Promise<void> {
    if (at === this.shown) return;
    await Promise.all(this.services.map((service) => this.call(service, 'PUT', { at })));
    this.shown = at;
  }

  async release(): Promise<void> {
    await Promise.all(this.services.map((service) => this.call(service, 'DELETE')));
    this.shown = undefined;
  }

  private async call(
    { app, port }: CommandServiceAddress,
    method: 'PUT' | 'DELETE',
    body?: object,
  ): Promise<void> {
    const credential = await this.credentials.issue('demo-seed', app);
    const response = await fetch(`http://127.0.0.1:${port}/seed-clock`, {
      method,
      headers: {
        authorization: `Bearer ${credential}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (response.ok) return;
    const detail = await response.text();
    throw new Error(
      response.status === 404
        ? `${app} does not let the seed set its clock: start it with COMMAND_CLOCK=seed`
        : `${app} refused the seed clock (${response.status}): ${detail}`,
    );
  }
}
