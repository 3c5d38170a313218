/**
 * The people and things the story is about. Everyone else in the company does the ordinary work
 * around them, drawn from the seeded generator.
 */
export const CAST = {
  /** Helps everyone, fast, until too many accepted requests pile up: becoming overloaded. */
  connector: 'priya',
  /** Asks many peers for help, thanks them, and never helps back: a leader who only takes. */
  taker: 'marcus',
  /** Work together every few days in the first month, then fall silent: a tie going dormant. */
  dormantPair: ['elena', 'omar'] as const,
  /** Finance's project that Operations' low ranking, then decline, puts at risk. */
  atRiskProject: {
    projectId: 'close-automation',
    owner: 'tomas',
    homeDivisionId: 'finance',
    needId: 'close-ops-data',
    supportingDivisionId: 'operations',
  },
  /** The reorganisation half-way through: Marketing merged into Sales. */
  merger: { sourceId: 'marketing', targetId: 'sales', day: 45 },
} as const;

export const STORY_DAYS = 90;

export const THEMES: readonly { themeId: string; name: string }[] = [
  { themeId: 'growth', name: 'Profitable growth' },
  { themeId: 'efficiency', name: 'Operational efficiency' },
  { themeId: 'customer', name: 'Customer trust' },
  { themeId: 'talent', name: 'Talent and leadership' },
  { themeId: 'compliance', name: 'Regulatory readiness' },
];

/** The company's order of the themes, set by the executive team on day 1. */
export const COMPANY_PRIORITIES = ['growth', 'customer', 'efficiency', 'talent', 'compliance'];
