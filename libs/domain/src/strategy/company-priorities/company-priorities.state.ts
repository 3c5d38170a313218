/** The company's ranking of one cycle's themes, which vertical alignment compares divisions with. */
export type CompanyPrioritiesState =
  Readonly<{ status: 'unranked' }> | Readonly<{ status: 'ranked'; themeIds: readonly string[] }>;
