import { CAST } from './story-cast';

/** Three things to look at first in GraphiQL, each with the demo user to sign in as. */
export const FIRST_LOOKS: readonly { what: string; as: string; query: string }[] = [
  {
    what: "Finance's month-end close is at risk: Operations ranked its blocking need last, then declined it",
    as: 'demo-executive',
    query: `{ projectRisk(projectId: "${CAST.atRiskProject.projectId}") { score band reasons { code contribution evidence { type } } } }`,
  },
  {
    what: `${capitalised(CAST.connector)}, who helps everyone, now carries more accepted requests than she can take`,
    as: 'demo-admin',
    query: `{ peerLoad(leaderId: "${CAST.connector}") { open capacity overloadIndex trigger } }`,
  },
  {
    what: `${capitalised(CAST.taker)} asks a new peer every few days and never helps back`,
    as: 'demo-executive',
    query: `{ socialCapital(leaderId: "${CAST.taker}") { score components { name value } } }`,
  },
];

function capitalised(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}
