import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { InvalidReportFilter } from './report-filters';

/** A bad filter is answered 400 VALIDATION_FAILED naming the field and the rule it broke. */
@Catch(InvalidReportFilter)
export class InvalidReportFilterResponse implements ExceptionFilter {
  catch(error: InvalidReportFilter, host: ArgumentsHost): void {
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(400)
      .send({
        code: 'VALIDATION_FAILED',
        message: error.message,
        errors: [{ field: error.field, rule: error.rule, message: error.message }],
      });
  }
}
