import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsString, Matches } from 'class-validator';

/** Ids across the platform: 1 to 128 letters, digits or `._:-` (the contract's id rule). */
export const ENTITY_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function IsEntityId(options: { each?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    IsString(options),
    Matches(ENTITY_ID, {
      ...options,
      message: '$property must be an id of 1 to 128 letters, digits or ._:-',
    }),
  );
}

/** An instant with its offset, e.g. `2026-03-01T09:00:00Z`. */
export function IsInstant(): PropertyDecorator {
  return IsISO8601(
    { strict: true, strictSeparator: true },
    { message: '$property must be an ISO 8601 date-time' },
  );
}
