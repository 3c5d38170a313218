import type { DataSource } from 'typeorm';
import {
  type KeysetOrder,
  type KeysetPage,
  keysetPage,
  loadByIds,
  type PageRequest,
} from '../keyset-pagination';
import { StrategicProjectView } from './strategic-project.entity';
import type { StrategicProjectStatus } from './strategic-projects.projection';

export type StrategicProjectFilter = Readonly<{
  homeDivId?: string;
  ownerId?: string;
  status?: StrategicProjectStatus;
}>;

/** The nearest target first. */
const ORDER: KeysetOrder<StrategicProjectView> = {
  list: 'strategicProjects',
  sortBy: 'targetAt',
  idBy: 'projectId',
  direction: 'ASC',
  sortType: 'timestamp',
};

export class StrategicProjectQueries {
  constructor(private readonly dataSource: DataSource) {}

  findProjects(
    tenantId: string,
    filter: StrategicProjectFilter = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<StrategicProjectView>> {
    const repository = this.dataSource.getRepository(StrategicProjectView);
    return keysetPage(repository, { tenantId, ...filter }, ORDER, page);
  }

  findByIds(
    tenantId: string,
    projectIds: readonly string[],
  ): Promise<(StrategicProjectView | null)[]> {
    return loadByIds(
      this.dataSource.getRepository(StrategicProjectView),
      tenantId,
      'projectId',
      projectIds,
    );
  }
}
