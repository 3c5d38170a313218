import {
  currentDivision,
  type DirectoryEvent,
  type DirectoryEventOf,
  type DivisionMerges,
  isoInstant,
} from '../directory-rows';
import {
  type Commitment,
  commitmentOf,
  inStreamOrder,
  type NeedDeclaration,
  type PromiseEntry,
} from '../support-commitment-ledger/support-commitment-ledger.projection';

/** A support need with where it stands and every promise made on it (its commitment history). */
export type SupportNeedRow = Readonly<
  NeedDeclaration &
    Omit<Commitment, 'promise'> & {
      tenantId: string;
      recordedSupportingDivId: string;
      recordedHomeDivId: string;
      history: readonly PromiseEntry[];
      updatedAt: string;
      version: number;
    }
>;

/** What each event of a need's stream adds to its history: the terms it names. */
function entryOf(event: DirectoryEvent): PromiseEntry | null {
  const terms = (deliverBy?: string, capacity?: number, reasonCode?: string): PromiseEntry => ({
    eventId: event.eventId,
    type: event.type,
    streamVersion: event.streamVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    deliverBy: deliverBy === undefined ? null : isoInstant(deliverBy),
    capacity: capacity ?? null,
    reasonCode: reasonCode ?? null,
  });
  const d = event.data as Partial<{
    deliverBy: string;
    newDeliverBy: string;
    capacity: number;
    reasonCode: string;
  }>;
  switch (event.type) {
    case 'SupportNeedDeclared':
      return terms(undefined, d.capacity);
    case 'SupportCommitted':
    case 'SupportCounterProposed':
    case 'SupportCounterAccepted':
      return terms(d.deliverBy, d.capacity);
    case 'SupportDeclined':
      return terms(undefined, undefined, d.reasonCode);
    case 'SupportSlipped':
      return terms(d.newDeliverBy);
    case 'SupportDelivered':
    case 'SupportNeedWithdrawn':
      return terms();
    default:
      return null;
  }
}

/**
 * Folds one event of a need's stream: the history keeps every entry once, and where the need
 * stands is derived from the whole history, as the commitment ledger derives it.
 */
export function evolveSupportNeed(
  row: SupportNeedRow | null,
  event: DirectoryEvent,
  merges: DivisionMerges,
): SupportNeedRow | null {
  const entry = entryOf(event);
  if (!entry) return row;
  if (event.type === 'SupportNeedDeclared')
    return row ?? declared(event as DirectoryEventOf<'SupportNeedDeclared'>, entry, merges);
  if (!row || event.streamVersion <= row.version) return row;
  const history = inStreamOrder([...row.history, entry]);
  return {
    ...row,
    ...standingOf(row, history),
    history,
    updatedAt: event.occurredAt,
    version: event.streamVersion,
  };
}

function declared(
  event: DirectoryEventOf<'SupportNeedDeclared'>,
  entry: PromiseEntry,
  merges: DivisionMerges,
): SupportNeedRow {
  const d = event.data;
  const declaration: NeedDeclaration = {
    needId: d.needId,
    projectId: d.projectId,
    supportingDivId: currentDivision(d.supportingDivId, merges),
    homeDivId: currentDivision(d.homeDivId, merges),
    keyContactId: d.keyContactId ?? null,
    criticality: d.criticality,
    capacity: d.capacity,
    neededBy: isoInstant(d.neededBy),
    declaredAt: event.occurredAt,
  };
  return {
    tenantId: event.tenantId,
    ...declaration,
    ...standingOf(declaration, [entry]),
    recordedSupportingDivId: d.supportingDivId,
    recordedHomeDivId: d.homeDivId,
    history: [entry],
    updatedAt: event.occurredAt,
    version: event.streamVersion,
  };
}

/** Where the need stands after its history; the promise's evidence is in the history itself. */
function standingOf(
  declaration: NeedDeclaration,
  history: readonly PromiseEntry[],
): Omit<Commitment, 'promise'> {
  const { promise: _promise, ...standing } = commitmentOf(declaration, history);
  return standing;
}
