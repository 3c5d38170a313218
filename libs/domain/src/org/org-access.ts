import type { Command } from '../shared/decider';
import { Forbidden } from '../shared/domain-errors';

// Who may act in the org context. Roles come from the verified token (ARCHITECTURE "Security").

function hasRole(command: Command, role: string): boolean {
  return command.metadata.roles?.includes(role) ?? false;
}

export function requireAdmin(command: Command): void {
  if (!hasRole(command, 'admin')) {
    throw new Forbidden('NOT_AN_ADMIN', `${command.type} is for admins only.`);
  }
}

export function requireAdminOrExecutive(command: Command): void {
  if (!hasRole(command, 'admin') && !hasRole(command, 'executive')) {
    throw new Forbidden('NOT_ADMIN_OR_EXECUTIVE', `${command.type} is for admins and executives.`);
  }
}

/** A leader acts only as themself: nobody declares capacity or focus areas for someone else. */
export function requireSelf(command: Command, leaderId: string): void {
  if (command.metadata.actorId !== leaderId) {
    throw new Forbidden(
      'NOT_THE_LEADER',
      `Only leader ${leaderId} may ${command.type} for themself.`,
    );
  }
}
