import { CAST, STORY_DAYS, THEMES } from './story-cast';
import { DEMO_LEADERS } from './organisation';
import type { SeededRandom } from './seeded-random';
import { leader, type StoryBuilder } from './story-builder';

const TOPICS: Record<string, string[]> = {
  input: [
    'Numbers for the quarterly business review',
    'Your view on the draft operating plan',
    'Benchmarks for the vendor shortlist',
  ],
  help: [
    'A hand preparing the steering committee',
    'Someone to run the customer workshop with us',
    'Help untangling the hand-over process',
  ],
  review: [
    'A second pair of eyes on the business case',
    'Review of the new policy draft',
    'Feedback on the roll-out plan',
  ],
  intro: [
    'An introduction to your key supplier contact',
    'An introduction to the regional leadership team',
    'Who to talk to about the data platform',
  ],
};

type Outcome = 'helped' | 'declined' | 'unanswered' | 'accepted-late' | 'withdrawn';

/**
 * Leaders asking each other for input and help across divisions for three months. Most requests
 * are answered and delivered; some are declined, some never answered (their SLA is breached),
 * some accepted and never delivered. Around it, the story's three peers: the connector, the
 * taker and the pair whose tie goes dormant.
 */
export function peerWork(story: StoryBuilder, random: SeededRandom): void {
  const requests = new PeerRequests(story, random);
  const ordinary = DEMO_LEADERS.map(({ leaderId }) => leaderId).filter(
    (id) =>
      id !== CAST.connector &&
      id !== CAST.taker &&
      !(CAST.dormantPair as readonly string[]).includes(id),
  );
  for (let day = 2; day <= STORY_DAYS - 2; day++) {
    for (let i = 0; i < 3; i++) {
      const [requester, recipient] = random.sample(ordinary, 2);
      requests.raise(day, requester, recipient, ordinaryOutcome(random));
    }
  }
  generousConnector(requests, random, ordinary);
  leaderWhoOnlyTakes(requests, random, ordinary);
  tieGoingDormant(requests);
}

/** Priya helps within days for two months; in the last four weeks nine accepted requests pile up. */
function generousConnector(requests: PeerRequests, random: SeededRandom, others: string[]): void {
  for (let day = 3; day <= 58; day += 4)
    requests.raise(day, random.pick(others), CAST.connector, 'helped');
  for (let day = 62; day <= 86; day += 3)
    requests.raise(day, random.pick(others), CAST.connector, 'piling-up');
}

/** Marcus asks a new peer every few days and thanks them; what others ask of him he declines or ignores. */
function leaderWhoOnlyTakes(requests: PeerRequests, random: SeededRandom, others: string[]): void {
  for (let day = 4; day <= 86; day += 4)
    requests.raise(day, CAST.taker, random.pick(others), 'helped');
  for (let day = 10; day <= 80; day += 14) {
    requests.raise(
      day,
      random.pick(others),
      CAST.taker,
      day % 28 === 10 ? 'unanswered' : 'declined',
    );
  }
}

/** Elena and Omar help each other every three days for a month, then never again. */
function tieGoingDormant(requests: PeerRequests): void {
  const [a, b] = CAST.dormantPair;
  for (let day = 2; day <= 29; day += 3) {
    const [from, to] = day % 2 === 0 ? [a, b] : [b, a];
    requests.raise(day, from, to, 'helped');
  }
}

function ordinaryOutcome(random: SeededRandom): Outcome {
  const draw = random.next();
  if (draw < 0.7) return 'helped';
  if (draw < 0.82) return 'declined';
  if (draw < 0.9) return 'unanswered';
  if (draw < 0.95) return 'accepted-late';
  return 'withdrawn';
}

class PeerRequests {
  private count = 0;

  constructor(
    private readonly story: StoryBuilder,
    private readonly random: SeededRandom,
  ) {}

  raise(
    day: number,
    requesterId: string,
    recipientId: string,
    outcome: Outcome | 'piling-up',
  ): void {
    const { story, random } = this;
    const requestId = `req-${String(++this.count).padStart(4, '0')}`;
    const kind = random.pick(Object.keys(TOPICS));
    const hour = random.int(8, 16);
    story.on(day, hour, 'RaisePeerRequest', leader(requesterId), {
      requestId,
      requesterId,
      recipientId,
      kind,
      topic: random.pick(TOPICS[kind]),
      themeIds: [random.pick(THEMES).themeId],
      effort: random.pick(['S', 'M', 'M', 'L']),
      respondBy: story.instant(day + 3, hour),
      dueAt: story.instant(day + 14, hour),
      overrideReason: 'Nobody else knows this as well',
    });
    const by = leader(recipientId);
    switch (outcome) {
      case 'helped': {
        const fulfilledOn = day + random.int(2, 8);
        story.on(day + 1, 10, 'AcceptPeerRequest', by, {
          requestId,
          expectedBy: story.instant(fulfilledOn, 18),
        });
        story.on(fulfilledOn, 15, 'FulfilPeerRequest', by, {
          requestId,
          summary: 'Done: notes and next steps shared',
        });
        story.on(fulfilledOn + 1, 9, 'AcknowledgePeerRequest', leader(requesterId), {
          requestId,
          helpfulness: random.int(3, 5),
          thanks: 'Thank you, this moved us forward',
        });
        return;
      }
      case 'piling-up':
        story.on(day + 1, 10, 'AcceptPeerRequest', by, {
          requestId,
          expectedBy: story.instant(day + 13, 18),
        });
        return;
      case 'accepted-late':
        story.on(day + 1, 10, 'AcceptPeerRequest', by, {
          requestId,
          expectedBy: story.instant(day + 10, 18),
        });
        return;
      case 'declined':
        story.on(day + 1, 11, 'DeclinePeerRequest', by, {
          requestId,
          reasonCode: random.pick(['no_capacity', 'not_my_area']),
        });
        return;
      case 'withdrawn':
        story.on(day + 1, 12, 'WithdrawPeerRequest', leader(requesterId), { requestId });
        return;
      case 'unanswered':
        return;
    }
  }
}
