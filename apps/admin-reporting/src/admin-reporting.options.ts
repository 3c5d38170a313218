import {
  OneOfVariable,
  PatternVariable,
  PlatformEnvironment,
  type PlatformOptions,
  SecretVariable,
} from '@lib/platform';
import { ValidateIf } from 'class-validator';

const HTTPS_URL = /^https?:\/\/\S+$/;

/** Admin reporting's variables beside the platform's: the same tokens as the gateway. */
export class AdminReportingEnvironment extends PlatformEnvironment {
  @OneOfVariable(['development', 'test', 'production'])
  readonly NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** HS256 secret of the portals' tokens where no identity provider signs them (local, tests). */
  @ValidateIf((env: AdminReportingEnvironment) => env.AUTH_JWKS_URL === '')
  @SecretVariable()
  readonly AUTH_SECRET?: string;

  /** The identity provider's JWKS: RS256 tokens verified with its keys (production). */
  @ValidateIf((env: AdminReportingEnvironment) => env.AUTH_JWKS_URL !== '')
  @PatternVariable(HTTPS_URL, 'must be an http(s) URL')
  readonly AUTH_JWKS_URL: string = '';
}

/** Admin reporting: the reports executives judge the platform by, and the operations console. */
export const adminReportingOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<AdminReportingEnvironment> => ({
  serviceName: 'admin-reporting',
  environment: AdminReportingEnvironment,
  variables,
});
