/** The services' only source of time; deciders get it as `metadata.now`. Tests substitute it. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
