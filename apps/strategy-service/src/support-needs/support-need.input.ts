import { IsEntityId } from '@lib/platform';
import { applyDecorators } from '@nestjs/common';
import { IsNumber, IsPositive } from 'class-validator';

// Input rules shared by the support-need commands.

/** Every support-need command names the need it is about. */
export class SupportNeedInput {
  @IsEntityId()
  needId!: string;
}

/** An amount of work in FTE-weeks: a finite number above zero. */
export function IsCapacity(): PropertyDecorator {
  return applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), IsPositive());
}
