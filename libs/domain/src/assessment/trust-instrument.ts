/** Maister's four components: credibility, reliability, intimacy and self-orientation. */
export const TRUST_COMPONENTS = ['C', 'R', 'I', 'S'] as const;
export type TrustComponent = (typeof TRUST_COMPONENTS)[number];

export interface TrustItem {
  readonly id: string;
  readonly component: TrustComponent;
  /** How the subject reads it about themself. */
  readonly selfText: string;
  /** How a peer reads it about the subject. */
  readonly peerText: string;
}

export interface TrustInstrument {
  readonly version: number;
  /** Every item is answered on this agreement scale; a component's score is its items' mean. */
  readonly scale: Readonly<{ min: number; max: number; minLabel: string; maxLabel: string }>;
  readonly items: readonly TrustItem[];
}

const item = (id: string, component: TrustComponent, selfText: string, peerText: string) =>
  Object.freeze({ id, component, selfText, peerText });

// A published version is frozen: answers recorded against it keep their meaning for ever. New
// wording or scoring is a new version beside it, and an assessment stays on the version it began.
const version1: TrustInstrument = Object.freeze({
  version: 1,
  scale: Object.freeze({
    min: 1,
    max: 7,
    minLabel: 'strongly disagree',
    maxLabel: 'strongly agree',
  }),
  items: Object.freeze([
    item(
      'c1',
      'C',
      'I know my field well enough that peers seek my view.',
      'Knows their field well enough that I seek their view.',
    ),
    item(
      'c2',
      'C',
      'I say so when I do not know something.',
      'Says so when they do not know something.',
    ),
    item(
      'c3',
      'C',
      'What I tell peers holds up when they check it.',
      'What they tell me holds up when I check it.',
    ),
    item(
      'r1',
      'R',
      'I do what I said I would, by when I said.',
      'Does what they said they would, by when they said.',
    ),
    item(
      'r2',
      'R',
      'I warn peers early when a commitment slips.',
      'Warns me early when a commitment slips.',
    ),
    item(
      'r3',
      'R',
      'Peers can predict how I will handle a request.',
      'I can predict how they will handle a request.',
    ),
    item(
      'i1',
      'I',
      'Peers bring me difficult or sensitive matters.',
      'I would bring them a difficult or sensitive matter.',
    ),
    item(
      'i2',
      'I',
      'I keep what is shared with me in confidence.',
      'Keeps what is shared with them in confidence.',
    ),
    item(
      'i3',
      'I',
      'I take an interest in my peers beyond the task.',
      'Takes an interest in me beyond the task.',
    ),
    item(
      's1',
      'S',
      'In discussions I steer towards my own agenda.',
      'In discussions steers towards their own agenda.',
    ),
    item(
      's2',
      'S',
      'I help peers mainly when it also serves my goals.',
      'Helps mainly when it also serves their own goals.',
    ),
    item(
      's3',
      'S',
      'I take credit for work that peers shared in.',
      'Takes credit for work that others shared in.',
    ),
  ]),
});

/** Every published version of the Trusted Leader instrument, by version number. */
export const TRUST_INSTRUMENTS: Readonly<Record<number, TrustInstrument>> = Object.freeze({
  1: version1,
});

export const CURRENT_TRUST_INSTRUMENT = version1;

export function trustInstrument(version: number): TrustInstrument | undefined {
  return Object.hasOwn(TRUST_INSTRUMENTS, version) ? TRUST_INSTRUMENTS[version] : undefined;
}
