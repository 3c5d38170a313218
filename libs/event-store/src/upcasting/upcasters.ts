/** Turns one stored shape of an event type into the next version's shape. Pure and total. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}

export interface CurrentShape {
  schemaVersion: number;
  data: unknown;
}

/**
 * The chain of upcasters for every event type. A type's current version is the highest one an
 * upcaster leads to (1 when none exists), so the store writes new events in the current shape and
 * the domain only ever reads that shape.
 */
export class Upcasters {
  private readonly byStep = new Map<string, Upcaster>();
  private readonly current = new Map<string, number>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const key = step(upcaster.type, upcaster.fromVersion);
      if (this.byStep.has(key))
        throw new Error(`two upcasters from ${upcaster.type} v${upcaster.fromVersion}`);
      this.byStep.set(key, upcaster);
      this.current.set(
        upcaster.type,
        Math.max(this.currentVersion(upcaster.type), upcaster.fromVersion + 1),
      );
    }
  }

  currentVersion(type: string): number {
    return this.current.get(type) ?? 1;
  }

  upcast(type: string, schemaVersion: number, data: unknown): CurrentShape {
    const target = this.currentVersion(type);
    let shape: CurrentShape = { schemaVersion, data };
    while (shape.schemaVersion < target) {
      const upcaster = this.byStep.get(step(type, shape.schemaVersion));
      if (!upcaster)
        throw new Error(`no upcaster from ${type} v${shape.schemaVersion} to v${target}`);
      shape = { schemaVersion: shape.schemaVersion + 1, data: upcaster.upcast(shape.data) };
    }
    return shape;
  }
}

function step(type: string, fromVersion: number): string {
  return `${type}@${fromVersion}`;
}
