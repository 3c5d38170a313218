import { AccessTokens, InvalidAccessToken } from '@lib/auth';
import { Body, Controller, Get, Header, Inject, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { REPORTING_ROLES, TOKEN_COOKIE } from './report-access.guard';

const FORM = (problem: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Sign in · Admin reporting</title></head>
<body style="font: 15px system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>Admin reporting</h1>
${problem ? `<p role="alert">${problem}</p>` : ''}
<form method="post" action="/sign-in">
<label for="token">Your bearer token (the one the GraphQL gateway takes)</label><br>
<textarea id="token" name="token" rows="6" cols="60" required></textarea><br>
<button type="submit">Sign in</button>
</form></body></html>`;

/**
 * Browsers cannot send a bearer header on a page load: the token is posted once and kept in an
 * HttpOnly, same-site cookie that ReportAccessGuard reads.
 */
@Controller('sign-in')
export class SignInController {
  constructor(@Inject(AccessTokens) private readonly tokens: AccessTokens) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  form(): string {
    return FORM('');
  }

  @Post()
  async signIn(
    @Body() body: Readonly<{ token?: unknown }> | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = typeof body?.token === 'string' ? body.token.trim() : '';
    const problem = await this.problemWith(token);
    if (problem) {
      await reply.status(401).type('text/html; charset=utf-8').send(FORM(problem));
      return;
    }
    await reply
      .header(
        'set-cookie',
        `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      )
      .redirect('/', 303);
  }

  private async problemWith(token: string): Promise<string> {
    if (!token) return 'token: is required';
    try {
      const principal = await this.tokens.verify(token);
      return principal.roles.some((role) => REPORTING_ROLES.includes(role))
        ? ''
        : 'token: reports are for admins and executives';
    } catch (error) {
      if (error instanceof InvalidAccessToken) return `token: ${error.message}`;
      throw error;
    }
  }
}
