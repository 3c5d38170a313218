import type { ScoringRules } from '@lib/domain';
import type { Queryable } from '@lib/read-models';

/** Where derived rows are read from and written to, for one tenant. */
export interface DeriveContext {
  db: Queryable;
  s: string;
  tenantId: string;
  rules: ScoringRules;
}
