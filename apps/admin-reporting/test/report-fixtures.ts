import type { readModelsIn } from './seeded-read-models';

export const REPORTS = [
  'collaboration-concentration',
  'collaboration-matrix',
  'pair-alignment',
  'vertical-alignment',
  'at-risk-portfolio',
  'commitment-reliability',
  'reciprocity-ledger',
];
export const TENANT = 'tenant-a';
export const OTHER = 'tenant-b';
export const TRICKY_DIVISION = '=HYPERLINK("http://evil") , "quoted"\nline';

/** Rows of every report for two tenants, with names a spreadsheet would run as formulas. */
export async function seedTwoTenants(
  readModels: Awaited<ReturnType<typeof readModelsIn>>,
): Promise<void> {
  await readModels.matrixCell(TENANT, 'finance', 'operations', 7, -2.5);
  await readModels.matrixCell(TENANT, 'operations', 'finance', 3, 2.5);
  await readModels.matrixCell(TENANT, TRICKY_DIVISION, 'finance', 1);
  await readModels.matrixCell(OTHER, 'secret-b', 'finance', 99);
  await readModels.project(TENANT, 'erp-rollout', 72);
  await readModels.project(TENANT, '+sum', 35, 'operations');
  await readModels.project(TENANT, '@handle', 12);
  await readModels.project(OTHER, 'secret-b', 99);
  await readModels.need(TENANT, 'n1', 'operations', { state: 'delivered', onTime: true });
  await readModels.need(TENANT, 'n2', 'operations', {
    state: 'delivered',
    onTime: false,
    counterProposals: 1,
  });
  await readModels.need(TENANT, 'n3', 'legal', {
    state: 'declined',
    declineReason: 'no_capacity',
  });
  await readModels.load(TENANT, 'ana', 6, true);
  await readModels.load(TENANT, 'ben', 2);
  await readModels.load(OTHER, 'secret-b', 9);
  await readModels.alignment(TENANT, 'fy27', ['finance', 'operations'], 0.42);
  await readModels.alignment(TENANT, 'fy27', ['legal', 'operations'], 0.81);
  await readModels.alignment(OTHER, 'fy27', ['secret-b', 'finance'], 0.1);
  await readModels.need(OTHER, 'secret-n', 'secret-b', {
    state: 'declined',
    declineReason: 'secret',
  });
}
