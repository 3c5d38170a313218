import type { EventEnvelope } from '@lib/contracts';
import type { Criticality, PortfolioItem, PortfolioItemKind } from '@lib/domain';

// Feed events for the alignment specs, shaped as the strategy and org services publish them.

const KINDS: Readonly<Record<string, PortfolioItemKind>> = { t: 'theme', p: 'project', n: 'need' };

/** `'p:pF t:t1 n:n3'`: a ranked list, highest first (t theme, p project, n need). */
export function items(list: string): PortfolioItem[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((entry) => {
      const [kind, ref] = entry.split(':');
      return { kind: KINDS[kind], ref };
    });
}

/** Builds a tenant's events with deterministic, UUID-shaped ids. */
export class AlignmentEventFactory {
  private count = 0;

  constructor(
    readonly tenantId: string,
    private readonly idPrefix = '00000000',
  ) {}

  ranked(
    divisionId: string,
    cycleId: string,
    revision: number,
    list: string,
    occurredAt: string,
    rankedBy = `head-${divisionId}`,
  ): EventEnvelope {
    return this.envelope(
      'DivisionPortfolioRanked',
      `division-portfolio:${this.tenantId}:${divisionId}/${cycleId}`,
      revision,
      { divisionId, cycleId, revision, items: items(list), rankedBy, warnings: [] },
      occurredAt,
      rankedBy,
    );
  }

  companyRanked(cycleId: string, version: number, themeIds: string[], occurredAt: string) {
    return this.envelope(
      'CompanyPrioritiesRanked',
      `company-priorities:${this.tenantId}:${cycleId}`,
      version,
      { cycleId, themeIds },
      occurredAt,
      'exec-1',
    );
  }

  needDeclared(
    need: Readonly<{
      needId: string;
      projectId: string;
      homeDivId: string;
      supportingDivId: string;
      criticality: Criticality;
      capacity: number;
    }>,
    occurredAt: string,
  ): EventEnvelope {
    return this.envelope(
      'SupportNeedDeclared',
      `support-need:${this.tenantId}:${need.needId}`,
      1,
      { ...need, neededBy: '2030-01-01T00:00:00.000Z' },
      occurredAt,
      'owner-1',
    );
  }

  needClosed(
    type: 'SupportNeedWithdrawn' | 'SupportDeclined' | 'SupportDelivered',
    need: Readonly<{ needId: string; projectId: string; supportingDivId: string }>,
    occurredAt: string,
    streamVersion = 2,
  ): EventEnvelope {
    const extra = type === 'SupportDeclined' ? { reasonCode: 'no_capacity', declinedBy: 'h' } : {};
    return this.envelope(
      type,
      `support-need:${this.tenantId}:${need.needId}`,
      streamVersion,
      {
        needId: need.needId,
        projectId: need.projectId,
        supportingDivId: need.supportingDivId,
        ...extra,
      },
      occurredAt,
      'owner-1',
    );
  }

  projectClosed(projectId: string, occurredAt: string): EventEnvelope {
    return this.envelope(
      'ProjectClosed',
      `strategic-project:${this.tenantId}:${projectId}`,
      2,
      { projectId, outcome: 'achieved' },
      occurredAt,
      'owner-1',
    );
  }

  merged(sourceIds: string[], targetId: string, effectiveAt: string, occurredAt: string) {
    return this.envelope(
      'DivisionsMerged',
      `division:${this.tenantId}:${targetId}`,
      2,
      { sourceIds, targetId, effectiveAt },
      occurredAt,
      'admin-1',
    );
  }

  cycleClosed(cycleId: string, occurredAt: string, streamVersion = 3): EventEnvelope {
    return this.envelope(
      'CycleClosed',
      `planning-calendar:${this.tenantId}:cycles`,
      streamVersion,
      { cycleId, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-07-01T00:00:00.000Z' },
      occurredAt,
      'admin-1',
    );
  }

  private envelope(
    type: string,
    streamId: string,
    streamVersion: number,
    data: unknown,
    occurredAt: string,
    actorId: string,
  ): EventEnvelope {
    this.count += 1;
    const id = `${this.idPrefix}-0000-4000-8000-${this.count.toString().padStart(12, '0')}`;
    return {
      eventId: id,
      type,
      schemaVersion: 1,
      streamId,
      streamVersion,
      data,
      metadata: {
        tenantId: this.tenantId,
        actorId,
        correlationId: id,
        causationId: id,
        commandId: id,
        occurredAt,
        recordedAt: occurredAt,
      },
    };
  }
}
