export * from './division-collaboration-matrix.entity';
export * from './division-collaboration-matrix.projection';
export * from './division-collaboration-matrix.queries';
export * from './division-collaboration-matrix.schema';
export * from './exact-sum';
