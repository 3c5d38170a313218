import { randomBytes } from 'node:crypto';
import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { ALIGNMENT_TABLES, migrateAlignment } from '../company-alignment/alignment.schema';
import { DIRECTORY_TABLES, migrateDirectoryReadModels } from './directory.migrations';
import { migrateDivisionCollaborationMatrix } from '../division-collaboration-matrix/division-collaboration-matrix.schema';
import { migrateLeaderSocialCapital } from '../leader-social-capital/leader-social-capital.schema';
import { migratePeerLoad } from '../peer-load/peer-load.schema';
import type { Queryable } from '../queryable';
import { migrateStrategicProjectRisk } from '../strategic-project-risk/strategic-project-risk.schema';
import { migrateSupportCommitmentLedger } from '../support-commitment-ledger/support-commitment-ledger.schema';
import { migrateTieLedger } from '../tie-ledger/tie-ledger.schema';
import {
  type ReadModelSet,
  readModelDataSourceOptions,
  runReadModelMigrations,
} from './reader-data-source';

// A reader's migrations run through a real TypeORM DataSource, and the schema builder then finds
// nothing to change: the entities match, column for column and index for index, the DDL the
// projectors run, so a reader built on the entities can trust the tables it finds.

const env = testEnvironment();
const pool = new Pool({ connectionString: env.databaseUrl, max: 2 });
const schemas: string[] = [];
const dataSources: DataSource[] = [];

const RISK_TABLES = [
  'division_collaboration',
  'help_units',
  'leader_dyadic_capital',
  'leader_social_capital',
  'peer_load',
  'peer_load_daily',
  'project_risk',
  'support_commitments',
  'tie_ledger',
];

const sets: ReadonlyArray<{
  readModels: ReadModelSet;
  tables: readonly string[];
  /** Recorded in deployed databases: a renamed migration would run again there. */
  migrations: readonly string[];
  /** What the projector runs at its start, as far as these tables go. */
  projectorMigrates: (db: Queryable, schema: string) => Promise<void>;
}> = [
  {
    readModels: 'risk',
    tables: RISK_TABLES,
    migrations: [
      'TieLedgerReadModel1795656000000',
      'DivisionCollaborationMatrixReadModel1795656000001',
      'SupportCommitmentLedgerReadModel1795656000002',
      'PeerLoadReadModel1795656000003',
      'StrategicProjectRiskReadModel1795656000004',
      'LeaderSocialCapitalReadModel1795656000005',
    ],
    projectorMigrates: async (db, schema) => {
      await migrateTieLedger(db, schema);
      await migrateDivisionCollaborationMatrix(db, schema);
      await migrateSupportCommitmentLedger(db, schema);
      await migratePeerLoad(db, schema);
      await migrateStrategicProjectRisk(db, schema);
      await migrateLeaderSocialCapital(db, schema);
    },
  },
  {
    readModels: 'alignment',
    tables: [...ALIGNMENT_TABLES].sort(),
    migrations: ['AlignmentReadModels1795656000000'],
    projectorMigrates: migrateAlignment,
  },
  {
    readModels: 'directory',
    tables: [...DIRECTORY_TABLES].sort(),
    migrations: [
      'OrgChartReadModel1796000000000',
      'PeerRequestsReadModel1796000000001',
      'PresentationsReadModel1796000000002',
      'MutualThemesReadModel1796000000003',
      'StrategicProjectsReadModel1796000000004',
      'SupportNeedsReadModel1796000000005',
    ],
    projectorMigrates: migrateDirectoryReadModels,
  },
];

function freshSchemaName(readModels: ReadModelSet): string {
  const schema = `reader_${readModels}_${randomBytes(5).toString('hex')}`;
  schemas.push(schema);
  return schema;
}

async function readerOf(readModels: ReadModelSet, schema: string): Promise<DataSource> {
  const dataSource = new DataSource(
    readModelDataSourceOptions({ readModels, schema, url: env.databaseUrl, poolSize: 2 }),
  );
  dataSources.push(dataSource);
  return dataSource.initialize();
}

async function tablesOf(schema: string): Promise<string[]> {
  const { rows } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
    [schema],
  );
  return rows.map((row) => row.table_name);
}

/** Every column, constraint and index of the schema: what "nothing changed" compares. */
async function catalogOf(schema: string): Promise<string[]> {
  const { rows } = await pool.query<{ line: string }>(
    `SELECT format('%s.%s %s %s %s', table_name, column_name, data_type, is_nullable,
                   column_default) AS line
       FROM information_schema.columns WHERE table_schema = $1
     UNION ALL
     SELECT format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(c.oid))
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1
     UNION ALL
     SELECT indexdef FROM pg_indexes WHERE schemaname = $1
     ORDER BY 1`,
    [schema],
  );
  return rows.map((row) => row.line);
}

/** A table's primary key and other indexes as PostgreSQL has them, columns in index order. */
async function keysInDatabase(schema: string, table: string) {
  const { rows } = await pool.query<{ name: string; primary: boolean; columns: string[] }>(
    `SELECT i.relname AS name, x.indisprimary AS primary,
            array_agg(a.attname::text ORDER BY k.position) AS columns
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = $1 AND t.relname = $2
      GROUP BY i.relname, x.indisprimary`,
    [schema, table],
  );
  return {
    primary: rows.find((row) => row.primary)?.columns,
    indexes: Object.fromEntries(rows.filter((r) => !r.primary).map((r) => [r.name, r.columns])),
  };
}

/** The same as the entity declares them. */
function keysOfEntity(metadata: DataSource['entityMetadatas'][number]) {
  return {
    primary: metadata.primaryColumns.map((column) => column.databaseName),
    indexes: Object.fromEntries(
      metadata.indices.map((index) => [
        index.name,
        index.columns.map((column) => column.databaseName),
      ]),
    ),
  };
}

afterAll(async () => {
  await Promise.all(dataSources.map((dataSource) => dataSource.destroy().catch(() => undefined)));
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});

describe.each(sets)('the $readModels read models of a reader', (set) => {
  const migrationsTable = `${set.readModels}_read_model_migrations`;

  describe('given a schema that does not exist yet', () => {
    it('the migrations create every table of the set, and record each migration', async () => {
      const schema = freshSchemaName(set.readModels);
      const reader = await readerOf(set.readModels, schema);
      const ran = await runReadModelMigrations(reader);
      expect(ran.map((migration) => migration.name)).toEqual(set.migrations);
      expect(await tablesOf(schema)).toEqual([...set.tables, migrationsTable].sort());
    });

    it('after the migrations the schema builder finds nothing to change for the entities', async () => {
      const schema = freshSchemaName(set.readModels);
      const reader = await readerOf(set.readModels, schema);
      await runReadModelMigrations(reader);
      const { upQueries } = await reader.driver.createSchemaBuilder().log();
      expect(upQueries.map((query) => query.query)).toEqual([]);
    });
  });

  describe('given the migrations have run', () => {
    // The schema builder compares an index's columns as a set: the order is checked here.
    it('every entity declares its table’s keys and indexes, columns in the same order', async () => {
      const schema = freshSchemaName(set.readModels);
      const reader = await readerOf(set.readModels, schema);
      await runReadModelMigrations(reader);
      for (const metadata of reader.entityMetadatas) {
        const inDatabase = await keysInDatabase(schema, metadata.tableName);
        expect({ table: metadata.tableName, ...keysOfEntity(metadata) }).toEqual({
          table: metadata.tableName,
          ...inDatabase,
        });
      }
    });

    it('running them again runs none and changes nothing', async () => {
      const schema = freshSchemaName(set.readModels);
      const reader = await readerOf(set.readModels, schema);
      await runReadModelMigrations(reader);
      const before = await catalogOf(schema);
      expect(await runReadModelMigrations(reader)).toEqual([]);
      expect(await catalogOf(schema)).toEqual(before);
    });

    it('reverting them all drops every table they created', async () => {
      const schema = freshSchemaName(set.readModels);
      const reader = await readerOf(set.readModels, schema);
      await runReadModelMigrations(reader);
      for (let i = 0; i < set.migrations.length; i += 1) await reader.undoLastMigration();
      expect(await tablesOf(schema)).toEqual([migrationsTable]);
      const { rows } = await pool.query(`SELECT name FROM ${schema}.${migrationsTable}`);
      expect(rows).toEqual([]);
    });
  });

  describe('given the projector created its tables first', () => {
    it('the migrations change none of them, and the entities still match', async () => {
      const schema = freshSchemaName(set.readModels);
      await set.projectorMigrates(pool, schema);
      const before = await catalogOf(schema);
      const reader = await readerOf(set.readModels, schema);
      expect(await runReadModelMigrations(reader)).toHaveLength(set.migrations.length);
      const migrationsTableLines = (line: string) => !line.includes(migrationsTable);
      expect((await catalogOf(schema)).filter(migrationsTableLines)).toEqual(before);
      const { upQueries } = await reader.driver.createSchemaBuilder().log();
      expect(upQueries.map((query) => query.query)).toEqual([]);
    });
  });
});
