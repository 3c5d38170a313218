import type { DataSource } from 'typeorm';
import { PeerLoad } from './peer-load.entity';

export class PeerLoadQueries {
  constructor(private readonly dataSource: DataSource) {}

  findLoads(tenantId: string): Promise<PeerLoad[]> {
    return this.dataSource
      .getRepository(PeerLoad)
      .find({ where: { tenantId }, order: { leaderId: 'ASC' } });
  }

  findLoad(tenantId: string, leaderId: string): Promise<PeerLoad | null> {
    return this.dataSource.getRepository(PeerLoad).findOneBy({ tenantId, leaderId });
  }

  /** The overloaded list of domain README §6 report 1, the highest OI first. */
  findOverloaded(tenantId: string): Promise<PeerLoad[]> {
    return this.dataSource
      .getRepository(PeerLoad)
      .find({ where: { tenantId, overloaded: true }, order: { oi: 'DESC', leaderId: 'ASC' } });
  }
}
