type Assessed = Readonly<{
  subjectId: string;
  subjectDivId: string;
  instrumentVersion: number;
}>;

type Round = Assessed &
  Readonly<{
    /** Indexes of the invited raters, and of those who have rated. */
    invited: readonly string[];
    rated: readonly string[];
  }>;

/** One subject's assessment: their self-assessment, then one round of peer ratings. */
export type TrustAssessmentState =
  | Readonly<{ status: 'none' }>
  | (Readonly<{ status: 'self_assessed' }> & Assessed)
  | (Readonly<{ status: 'open' }> & Round)
  | (Readonly<{ status: 'closed' }> & Round);
