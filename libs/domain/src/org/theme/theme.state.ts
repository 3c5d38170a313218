/** A theme belongs to one planning cycle and is shared by every division of the tenant. */
export type ThemeState =
  | Readonly<{ status: 'not_defined' }>
  | Readonly<{ status: 'defined'; themeId: string; cycleId: string }>;
