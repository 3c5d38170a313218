import { ServiceCredentials } from '@lib/auth';
import { ServiceIdentity } from '@lib/platform';
import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';

/**
 * Projection operations change what readers see, so only a caller holding a service credential
 * issued for this projector (admin reporting, an operator's tool) may run them.
 */
@Injectable()
export class ServiceCredentialGuard implements CanActivate {
  constructor(
    @Inject(ServiceCredentials) private readonly credentials: ServiceCredentials,
    @Inject(ServiceIdentity) private readonly service: ServiceIdentity,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; caller?: string }>();
    const token = request.headers.authorization?.replace(/^Bearer\s+/i, '');
    try {
      request.caller = await this.credentials.verify(token, this.service.name);
      return true;
    } catch (error) {
      throw new UnauthorizedException({
        code: 'UNAUTHENTICATED',
        message: `service credential refused: ${(error as Error).message}`,
      });
    }
  }
}
