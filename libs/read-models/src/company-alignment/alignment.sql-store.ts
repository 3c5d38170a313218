import { getMetadataArgsStorage } from 'typeorm';
import type {
  AlignmentInputChange,
  AlignmentInputs,
} from '../division-pair-alignment/alignment-inputs';
import { DivisionPairAlignmentEntity } from '../division-pair-alignment/division-pair-alignment.entity';
import { type Queryable, schemaIdentifier } from '../queryable';
import { AlignmentDriftEntity, AlignmentRerankEntity } from './alignment-drift.entity';
import type { RerankAlignment } from './alignment-drift.derive';
import { loadAlignmentInputs, loadCycleIndex } from './alignment-input-reads.sql';
import { recordAlignmentInput } from './alignment-input-writes.sql';
import type { CycleIndexEntry } from './alignment-reach';
import { AlignmentStore } from './alignment.store';
import type { CycleAlignment } from './company-alignment.derive';
import { CompanyAlignmentEntity, VerticalAlignmentEntity } from './company-alignment.entity';

/** The alignment store in PostgreSQL, writing through the runner's batch transaction. */
export class SqlAlignmentStore extends AlignmentStore {
  private readonly s: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    super();
    this.s = schemaIdentifier(schema);
  }

  record(change: AlignmentInputChange): Promise<void> {
    return recordAlignmentInput(this.db, this.s, change);
  }

  cycleIndex(tenantId: string): Promise<CycleIndexEntry[]> {
    return loadCycleIndex(this.db, this.s, tenantId);
  }

  inputs(tenantId: string, cycleIds: readonly string[]): Promise<AlignmentInputs> {
    return loadAlignmentInputs(this.db, this.s, tenantId, cycleIds);
  }

  async saveCycle(cycle: CycleAlignment): Promise<void> {
    const key = [cycle.tenantId, cycle.cycleId];
    for (const table of ['alignment_division_pairs', 'alignment_vertical', 'alignment_company']) {
      await this.db.query(
        `DELETE FROM ${this.s}.${table} WHERE tenant_id = $1 AND cycle_id = $2`,
        key,
      );
    }
    await this.insert(DivisionPairAlignmentEntity, 'alignment_division_pairs', cycle.pairs);
    await this.insert(VerticalAlignmentEntity, 'alignment_vertical', cycle.vertical);
    await this.insert(CompanyAlignmentEntity, 'alignment_company', [cycle.company]);
  }

  async saveRerank({ rerank, drift }: RerankAlignment): Promise<void> {
    const key = [rerank.tenantId, rerank.eventId];
    for (const table of ['alignment_drift', 'alignment_reranks']) {
      await this.db.query(
        `DELETE FROM ${this.s}.${table} WHERE tenant_id = $1 AND event_id = $2`,
        key,
      );
    }
    await this.insert(AlignmentRerankEntity, 'alignment_reranks', [rerank]);
    await this.insert(AlignmentDriftEntity, 'alignment_drift', drift);
  }

  /**
   * Inserts entity rows in one statement, whatever their number; the columns come from the
   * entity's own mapping, so what is written is what the query services read.
   */
  private async insert(entity: object, table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = getMetadataArgsStorage()
      .filterColumns(entity as never)
      .map((column) => ({
        property: column.propertyName,
        name: column.options.name as string,
        type: column.options.type as string,
      }));
    const names = columns.map((c) => c.name).join(', ');
    const records = rows.map((row) =>
      Object.fromEntries(
        columns.map((c) => [c.name, (row as Record<string, unknown>)[c.property]]),
      ),
    );
    await this.db.query(
      `INSERT INTO ${this.s}.${table} (${names})
       SELECT ${names} FROM jsonb_to_recordset($1::jsonb)
         AS x(${columns.map((c) => `${c.name} ${c.type}`).join(', ')})`,
      [JSON.stringify(records)],
    );
  }
}
