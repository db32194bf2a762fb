/**
 * Loads the demo data: plans it (./plan) and writes it in one transaction, so a failed load
 * leaves nothing behind. Persons go in batches through unnest; the monthly rows are expanded
 * set-based in SQL from the staged spans.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../connection';
import { planDemoData } from './plan';
import { DEMO_CARD_PASSWORD, DEMO_PASSWORD } from './constants';
import { writeOrganisations } from './write-organisations';
import { createStagingTables, writePeopleBatch } from './write-people';
import { enterBulkMode, type BulkMode } from './bulk-mode';
import { writeAccountBalances, writeAccountMovements, writeContributions } from './write-ledger';
import { DEMO_EVOUCHER_PASSWORD, writeDemoAccounts } from './write-accounts';
import {
  writeDeemedContributions,
  writeDesignatedHospitals,
  writeSpecialIdentities,
} from './write-registry-extras';

export type DemoStage =
  'organisations' | 'persons' | 'contributions' | 'account-movements' | 'balances' | 'indexes';

export interface GenerateDemoOptions {
  /** 'small' (a few hundred persons), or the number of persons in total over the three regions */
  size: 'small' | number;
  seed?: number;
  /** the platform clock's now: contributions run to the month before */
  now: Date;
  /** argon2id hashing of the server; called once per distinct password */
  hashPassword: (password: string) => Promise<string>;
  /** persons per insert batch (default 5000) */
  batchSize?: number;
  onProgress?: (done: number, total: number, stage: DemoStage) => void;
}

export interface DemoLoadSummary {
  regions: number;
  agencies: number;
  units: number;
  institutions: number;
  staff: number;
  persons: number;
  familyRelations: number;
  enrolments: number;
  personalAccounts: number;
  contributions: number;
  deemedContributions: number;
  specialIdentities: number;
  designatedHospitals: number;
  accountMovements: number;
  /** whether foreign keys were checked row by row (a bulk load by a superuser skips them) */
  foreignKeyChecks: 'on' | 'skipped';
  /** milliseconds per stage, in order */
  stageMs: Record<DemoStage | 'hashing', number>;
}

export async function generateDemoData(
  db: Database,
  options: GenerateDemoOptions,
): Promise<DemoLoadSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const stageMs = {} as DemoLoadSummary['stageMs'];
  let started = performance.now();
  const lap = (stage: keyof DemoLoadSummary['stageMs']) => {
    const at = performance.now();
    stageMs[stage] = Math.round(at - started);
    started = at;
  };

  // Hashing is slow by design: each shared password is hashed once and the hash reused.
  const [staffPasswordHash, cardPasswordHash, evoucherHash] = await Promise.all([
    options.hashPassword(DEMO_PASSWORD),
    options.hashPassword(DEMO_CARD_PASSWORD),
    options.hashPassword(DEMO_EVOUCHER_PASSWORD),
  ]);
  lap('hashing');

  const plan = planDemoData({
    size: options.size,
    now: options.now,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });
  const summary: DemoLoadSummary = {
    regions: plan.organisations.regions.length,
    agencies: plan.organisations.agencies.length,
    units: plan.organisations.units.length,
    institutions: plan.organisations.institutions.length,
    staff: plan.organisations.staff.length,
    persons: 0,
    familyRelations: 0,
    enrolments: 0,
    personalAccounts: 0,
    contributions: 0,
    deemedContributions: 0,
    specialIdentities: 0,
    designatedHospitals: 0,
    accountMovements: 0,
    foreignKeyChecks: 'on',
    stageMs,
  };

  await db.transaction(async (tx) => {
    // Sorting the ledger rows by account wants memory (a bulk load sorts tens of millions).
    const workMem = options.size === 'small' ? '64MB' : '1GB';
    await tx.execute(sql`select set_config('work_mem', ${workMem}, true)`);
    await tx.execute(sql`set local synchronous_commit = off`);
    await createStagingTables(tx);
    const bulkMode: BulkMode | null = options.size === 'small' ? null : await enterBulkMode(tx);
    if (bulkMode?.foreignKeyChecksSkipped) summary.foreignKeyChecks = 'skipped';

    progress(0, summary.units, 'organisations');
    const organisationIds = await writeOrganisations(tx, plan.organisations, staffPasswordHash);
    progress(summary.units, summary.units, 'organisations');
    lap('organisations');

    for (const batch of plan.peopleBatches()) {
      await writePeopleBatch(tx, batch, organisationIds, cardPasswordHash);
      summary.persons += batch.persons.length;
      summary.familyRelations += batch.relations.length;
      summary.enrolments += batch.enrolments.length;
      summary.personalAccounts += batch.accounts.length;
      progress(summary.persons, Math.max(summary.persons, plan.totalPersons), 'persons');
    }
    await tx.execute(sql`analyze demo_contribution_spans`);
    await tx.execute(sql`analyze demo_retiree_spans`);
    lap('persons');

    progress(0, 1, 'contributions');
    summary.contributions = await writeContributions(tx);
    summary.deemedContributions = await writeDeemedContributions(tx);
    summary.specialIdentities = await writeSpecialIdentities(tx);
    summary.designatedHospitals = await writeDesignatedHospitals(tx);
    progress(1, 1, 'contributions');
    lap('contributions');

    progress(0, 1, 'account-movements');
    summary.accountMovements = await writeAccountMovements(tx);
    progress(1, 1, 'account-movements');
    lap('account-movements');

    progress(0, 1, 'balances');
    await writeAccountBalances(tx);
    progress(1, 1, 'balances');
    lap('balances');

    if (bulkMode) {
      progress(0, 1, 'indexes');
      await bulkMode.rebuildIndexes();
      progress(1, 1, 'indexes');
    }
    lap('indexes');

    // After the index rebuild: the account tables' unique keys must hold for these rows.
    await writeDemoAccounts(tx, {
      passwordHash: staffPasswordHash,
      evoucherHash,
      now: options.now,
    });
  });
  return summary;
}
