/**
 * The demo company: seven divisions of nine leaders each. The first leader of a division heads
 * it and the second ranks its portfolio as the head's delegate. Marketing is merged into Sales
 * half-way through the story.
 */
export interface DemoDivision {
  divisionId: string;
  name: string;
  leaders: DemoLeader[];
}

export interface DemoLeader {
  leaderId: string;
  name: string;
  divisionId: string;
  level: 'senior' | 'middle';
}

const DIVISION_NAMES: [string, string][] = [
  ['finance', 'Finance'],
  ['operations', 'Operations'],
  ['sales', 'Sales'],
  ['technology', 'Technology'],
  ['people', 'People'],
  ['legal', 'Legal'],
  ['marketing', 'Marketing'],
];

// Nine per division, in division order; the story's protagonists are named in story-cast.ts.
const LEADER_NAMES = [
  'Maria Santos',
  'Elena Petrova',
  'Tomas Novak',
  'Grace Okafor',
  'Henrik Berg',
  'Aiko Tanaka',
  'Luis Ortega',
  'Nadia Haddad',
  'Owen Price',
  'Kwame Mensah',
  'Lena Fischer',
  'Diego Alvarez',
  'Ingrid Larsen',
  'Samir Khan',
  'Chloe Martin',
  'Yusuf Demir',
  'Hana Kim',
  'Peter Walsh',
  'Sofia Rossi',
  'Raj Patel',
  'Emma Clarke',
  'Mateo Silva',
  'Freya Nilsen',
  'Arjun Mehta',
  'Julia Weber',
  'Ben Carter',
  'Zara Ali',
  'David Cohen',
  'Priya Sharma',
  'Noah Fischer',
  'Mei Chen',
  'Lucas Moreau',
  'Amara Eze',
  'Jonas Vogel',
  'Sara Lindqvist',
  'Ivan Horvat',
  'Olivia Brown',
  'Kenji Sato',
  'Fatima Zahra',
  'Liam Byrne',
  'Rosa Jimenez',
  'Tariq Aziz',
  'Nora Hansen',
  'Felix Wagner',
  'Leila Nasser',
  'Anna Kowalska',
  'Omar Farouk',
  'Jon Eriksen',
  'Clara Dubois',
  'Mikhail Orlov',
  'Ines Costa',
  'Daniel Levi',
  'Sana Qureshi',
  'Pablo Ruiz',
  'Charlotte Evans',
  'Marcus Reed',
  'Yara Haddad',
  'Ethan Wright',
  'Lucia Romano',
  'Kofi Boateng',
  'Elif Yilmaz',
  'Adam Novak',
  'Maya Singh',
];

const LEADERS_PER_DIVISION = 9;

export const DEMO_DIVISIONS: readonly DemoDivision[] = DIVISION_NAMES.map(
  ([divisionId, name], d) => ({
    divisionId,
    name,
    leaders: LEADER_NAMES.slice(d * LEADERS_PER_DIVISION, (d + 1) * LEADERS_PER_DIVISION).map(
      (fullName, i) => ({
        leaderId: fullName.split(' ')[0].toLowerCase(),
        name: fullName,
        divisionId,
        level: i < 2 ? 'senior' : 'middle',
      }),
    ),
  }),
);

export const DEMO_LEADERS: readonly DemoLeader[] = DEMO_DIVISIONS.flatMap(({ leaders }) => leaders);

export function headOf(divisionId: string): string {
  return divisionOf(divisionId).leaders[0].leaderId;
}

export function delegateOf(divisionId: string): string {
  return divisionOf(divisionId).leaders[1].leaderId;
}

export function divisionOf(divisionId: string): DemoDivision {
  const division = DEMO_DIVISIONS.find((candidate) => candidate.divisionId === divisionId);
  if (!division) throw new Error(`no demo division ${divisionId}`);
  return division;
}

export function leaderNamed(leaderId: string): DemoLeader {
  const leader = DEMO_LEADERS.find((candidate) => candidate.leaderId === leaderId);
  if (!leader) throw new Error(`no demo leader ${leaderId}`);
  return leader;
}
