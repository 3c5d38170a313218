import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Req,
  UseGuards,
} from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { ApiException, validateInput } from '@lib/platform';
import { ParkedMessages } from '../parked-messages';
import { ProjectionLag } from '../projection-lag';
import { ProjectionRebuilds } from './projection-rebuilds';
import { ServiceCredentialGuard } from './service-credential.guard';

class SkipInput {
  @IsString()
  @Length(3, 500)
  reason!: string;
}

interface CallerRequest {
  caller: string;
}

/** Lag, parked messages and rebuilds of this projector's projection, for admins and their tools. */
@Controller('projection')
@UseGuards(ServiceCredentialGuard)
export class ProjectionOperationsController {
  constructor(
    @Inject(ProjectionLag) private readonly lag: ProjectionLag,
    @Inject(ParkedMessages) private readonly parked: ParkedMessages,
    @Inject(ProjectionRebuilds) private readonly rebuilds: ProjectionRebuilds,
  ) {}

  @Get('lag')
  partitions() {
    return this.lag.partitions();
  }

  @Get('parked')
  list() {
    return this.parked.list();
  }

  @Post('parked/:id/replay')
  async replay(@Param('id', ParseIntPipe) id: number, @Req() request: CallerRequest) {
    await this.parked.replay(id, request.caller);
    return { replayed: id };
  }

  @Post('parked/:id/skip')
  async skip(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
    @Req() request: CallerRequest,
  ) {
    const { reason } = await validateInput(SkipInput, body).catch((error: unknown) => {
      throw error instanceof ApiException ? new BadRequestException(error.error) : error;
    });
    await this.parked.skip(id, request.caller, reason);
    return { skipped: id };
  }

  @Post('rebuild')
  rebuild(@Req() request: CallerRequest) {
    return this.rebuilds.rebuild(request.caller);
  }
}
