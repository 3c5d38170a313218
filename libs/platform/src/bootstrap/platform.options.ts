import type { EnvironmentClass, EnvironmentVariables } from '../config/environment.loader';
import type { PlatformEnvironment } from '../config/platform.environment';

/** Declared once per app and given to both PlatformModule.forRoot and bootstrapApp. */
export interface PlatformOptions<E extends PlatformEnvironment = PlatformEnvironment> {
  readonly serviceName: string;
  /** The app's environment class: PlatformEnvironment or a subclass with the app's own fields. */
  readonly environment: EnvironmentClass<E>;
  /** Where the variables are read from: process.env unless a test passes its own. */
  readonly variables?: EnvironmentVariables;
  /** Also take messages (commands) over Nest's TCP transport, on the port this returns. */
  readonly tcpPort?: (environment: E) => number;
}
