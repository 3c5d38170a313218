import type { Pool } from 'pg';
import type { TopicAdmin } from '@lib/kafka';
import type { Projection } from '../projection';
import { ProjectionRebuild, type RebuildReport } from '../projection-rebuild';
import type { ProjectionRunner } from '../projection-runner';

/** One rebuild at a time per projector: a second request while one runs is refused. */
export class ProjectionRebuilds {
  private running?: Promise<RebuildReport>;

  constructor(
    private readonly pool: Pool,
    private readonly projection: Projection,
    private readonly schema: string,
    private readonly live: ProjectionRunner,
    private readonly admin: TopicAdmin,
    private readonly shadowRunner: (shadowSchema: string) => ProjectionRunner,
  ) {}

  async rebuild(actor: string): Promise<RebuildReport> {
    if (this.running) throw new Error(`a rebuild of ${this.projection.name} is already running`);
    this.running = new ProjectionRebuild(this.pool, this.projection, this.schema, {
      live: this.live,
      admin: this.admin,
      shadowRunner: this.shadowRunner,
    }).run(actor);
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }
}
