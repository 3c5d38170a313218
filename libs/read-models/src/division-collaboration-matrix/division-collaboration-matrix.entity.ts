import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One cell i→j of the division collaboration matrix. */
@Entity({ name: 'division_collaboration' })
export class DivisionCollaborationCell {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'from_div_id', type: 'text' })
  fromDivId!: string;

  @PrimaryColumn({ name: 'to_div_id', type: 'text' })
  toDivId!: string;

  @Column({ type: 'int' })
  requests!: number;

  @Column({ type: 'int' })
  fulfilled!: number;

  @Column({ name: 'fulfilment_rate', type: 'double precision', nullable: true })
  fulfilmentRate!: number | null;

  @Column({ name: 'median_response_hours', type: 'double precision', nullable: true })
  medianResponseHours!: number | null;

  @Column({ name: 'sla_breaches', type: 'int' })
  slaBreaches!: number;

  @Column({ name: 'sla_breach_rate', type: 'double precision', nullable: true })
  slaBreachRate!: number | null;

  @Column({ name: 'units_given', type: 'double precision' })
  unitsGiven!: number;

  @Column({ name: 'units_received', type: 'double precision' })
  unitsReceived!: number;

  @Column({ name: 'net_give', type: 'double precision' })
  netGive!: number;

  @Column({ name: 'rule_version', type: 'int' })
  ruleVersion!: number;
}
