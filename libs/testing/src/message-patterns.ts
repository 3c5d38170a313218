import type { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';

type ModuleEntry = Type | DynamicModule | Promise<DynamicModule>;

/**
 * The message patterns of every @MessagePattern handler a module registers, with the modules it
 * imports, read from Nest's own metadata without starting anything.
 */
export function messagePatternsOf(root: DynamicModule | Type): string[] {
  const patterns = new Set<string>();
  for (const controller of controllersOf(root, new Set())) {
    for (const handler of methodsOf(controller)) {
      const handled = Reflect.getMetadata(PATTERN_METADATA, handler) as unknown[] | undefined;
      for (const pattern of handled ?? []) patterns.add(String(pattern));
    }
  }
  return [...patterns].sort();
}

function controllersOf(entry: ModuleEntry, seen: Set<unknown>): Type[] {
  if (entry instanceof Promise) throw new Error('an asynchronous module import cannot be read');
  const dynamic = 'module' in entry ? entry : undefined;
  const moduleClass = dynamic ? dynamic.module : (entry as Type);
  if (seen.has(entry)) return [];
  seen.add(entry);
  const own = [
    ...((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, moduleClass) as Type[]) ?? []),
    ...(dynamic?.controllers ?? []),
  ];
  const imports = [
    ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) as ModuleEntry[]) ?? []),
    ...((dynamic?.imports ?? []) as ModuleEntry[]),
  ];
  return [...own, ...imports.flatMap((imported) => controllersOf(imported, seen))];
}

function methodsOf(controller: Type): ((...args: unknown[]) => unknown)[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor' && typeof prototype[name] === 'function')
    .map((name) => prototype[name] as (...args: unknown[]) => unknown);
}
