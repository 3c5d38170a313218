import { RequestKinds } from '@lib/contracts';
import { In, type DataSource } from 'typeorm';
import {
  allowedValues,
  type KeysetOrder,
  type KeysetPage,
  keysetPage,
  loadByIds,
  type PageRequest,
} from '../keyset-pagination';
import { PeerRequestView } from './peer-request.entity';
import { PEER_REQUEST_STATUSES } from './peer-requests.projection';

/** A leader's inbox holds what they were asked (as the current recipient); the outbox what they asked. */
export type PeerRequestBox = 'inbox' | 'outbox';

export type PeerRequestFilter = Readonly<{
  statuses?: readonly string[];
  kinds?: readonly string[];
}>;

/** The newest request first. */
const BOX_ORDER: KeysetOrder<PeerRequestView> = {
  list: 'peerRequests',
  sortBy: 'raisedAt',
  idBy: 'requestId',
  direction: 'DESC',
  sortType: 'timestamp',
};

export class PeerRequestQueries {
  constructor(private readonly dataSource: DataSource) {}

  async findBox(
    tenantId: string,
    leaderId: string,
    box: PeerRequestBox,
    filter: PeerRequestFilter = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<PeerRequestView>> {
    const party = box === 'inbox' ? { recipientId: leaderId } : { requesterId: leaderId };
    const statuses = allowedValues('statuses', filter.statuses, PEER_REQUEST_STATUSES);
    const kinds = allowedValues('kinds', filter.kinds, RequestKinds);
    const where = {
      tenantId,
      ...party,
      ...(statuses ? { status: In(statuses) } : {}),
      ...(kinds ? { kind: In(kinds) } : {}),
    };
    return keysetPage(this.dataSource.getRepository(PeerRequestView), where, BOX_ORDER, page);
  }

  findByIds(tenantId: string, requestIds: readonly string[]): Promise<(PeerRequestView | null)[]> {
    return loadByIds(
      this.dataSource.getRepository(PeerRequestView),
      tenantId,
      'requestId',
      requestIds,
    );
  }
}
