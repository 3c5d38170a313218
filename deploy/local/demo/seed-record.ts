import { Client } from 'pg';

export interface SeedRecord {
  storyVersion: number;
  startsAt: Date;
  completedAt: Date | null;
}

/**
 * What the seed remembers in the platform's database, beside (never inside) the services' own
 * schemas: which story version it told, from which start, and whether it finished. The start is
 * kept so that a seed interrupted on one day and resumed on another tells one story.
 */
export class SeedRecords {
  constructor(private readonly databaseUrl: string) {}

  /** The record of this database's seed, created with `startsAt` if there is none yet. */
  async begin(storyVersion: number, startsAt: Date): Promise<SeedRecord> {
    return this.withClient(async (client) => {
      await client.query('CREATE SCHEMA IF NOT EXISTS demo_seed');
      await client.query(
        `CREATE TABLE IF NOT EXISTS demo_seed.story (
           singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
           story_version integer NOT NULL,
           starts_at timestamptz NOT NULL,
           completed_at timestamptz
         )`,
      );
      await client.query(
        `INSERT INTO demo_seed.story (story_version, starts_at) VALUES ($1, $2)
         ON CONFLICT (singleton) DO NOTHING`,
        [storyVersion, startsAt],
      );
      const { rows } = await client.query<{
        story_version: number;
        starts_at: Date;
        completed_at: Date | null;
      }>('SELECT story_version, starts_at, completed_at FROM demo_seed.story');
      const [row] = rows;
      return {
        storyVersion: row.story_version,
        startsAt: row.starts_at,
        completedAt: row.completed_at,
      };
    });
  }

  async complete(): Promise<void> {
    await this.withClient((client) =>
      client.query('UPDATE demo_seed.story SET completed_at = now() WHERE completed_at IS NULL'),
    );
  }

  private async withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
}
