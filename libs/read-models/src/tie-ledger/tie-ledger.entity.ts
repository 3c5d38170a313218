import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// Schema-agnostic entities: the projector that writes them names the schema in its DataSource.
// The indexes are those of migrateTieLedger, by name and column order, so that TypeORM's schema
// builder sees nothing to drop in a schema the projector created.

/** A line of the tie ledger: units one leader gave another by one act of help (domain README §5.1). */
@Entity({ name: 'help_units' })
@Index('help_units_by_pair', ['tenantId', 'giverId', 'receiverId'])
@Index('help_units_by_receiver', ['tenantId', 'receiverId'])
@Index('help_units_by_divisions', ['tenantId', 'giverDivId', 'receiverDivId'])
export class HelpUnitEntry {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'unit_key', type: 'text' })
  unitKey!: string;

  @Column({ name: 'giver_id', type: 'text' })
  giverId!: string;

  @Column({ name: 'giver_div_id', type: 'text', nullable: true })
  giverDivId!: string | null;

  @Column({ name: 'receiver_id', type: 'text' })
  receiverId!: string;

  @Column({ name: 'receiver_div_id', type: 'text', nullable: true })
  receiverDivId!: string | null;

  @Column({ type: 'double precision' })
  units!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** A balance of the tie ledger: the decayed directed tie W_{from→to} as of its last interaction. */
@Entity({ name: 'tie_ledger' })
export class TieLedgerEntry {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'from_id', type: 'text' })
  fromId!: string;

  @PrimaryColumn({ name: 'to_id', type: 'text' })
  toId!: string;

  /** W at `lastAt`. */
  @Column({ type: 'double precision' })
  weight!: number;

  @Column({ name: 'first_at', type: 'timestamptz' })
  firstAt!: Date;

  @Column({ name: 'last_at', type: 'timestamptz' })
  lastAt!: Date;

  @Column({ name: 'event_count', type: 'int' })
  eventCount!: number;

  @Column({ name: 'mean_gap_days', type: 'double precision', nullable: true })
  meanGapDays!: number | null;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
