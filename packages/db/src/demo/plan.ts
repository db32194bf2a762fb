/**
 * Plans the whole demo data set in memory, without touching the database: the organisations
 * at once, the persons as a stream of household batches. Planning is a pure function of the
 * options, so the same seed and `now` always give the same data.
 */
import {
  DEMO_POLICY_SAMPLES,
  DEMO_REGIONS,
  SMALL_PERSONS_PER_REGION,
  type DemoRegionCode,
} from './config';
import { DEMO_DEFAULT_SEED } from './constants';
import { IdentityAllocator } from './identities';
import { planRegionOrganisations, type RegionOrganisations } from './plan-organisations';
import { planStaff } from './plan-units';
import { planDemoPersons } from './plan-demo-persons';
import { planHousehold, type ArrearsQuota, type HouseholdContext } from './plan-households';
import { emptyBatch, type OrganisationPlan, type PeopleBatch } from './plan-types';
import { Random } from './random';
import { addMonths, beijingDateOf, periodOf } from './time';

export interface DemoPlanOptions {
  /** 'small' (a few hundred persons), or the number of persons in total over the three regions */
  size: 'small' | number;
  seed?: number;
  now: Date;
  /** persons per batch (whole households, so a batch may hold a few more) */
  batchSize?: number;
}

export interface DemoPlan {
  organisations: OrganisationPlan;
  /** persons planned per region */
  personsPerRegion: Readonly<Record<DemoRegionCode, number>>;
  totalPersons: number;
  /** The persons in batches of whole households; can be iterated once. */
  peopleBatches(): Generator<PeopleBatch>;
}

// The demo persons' careers are fixed dates (a job change in 2022, a retirement in 2021 …).
const EARLIEST_NOW = '2024-01-01';

function personsPerRegion(size: 'small' | number): Record<DemoRegionCode, number> {
  if (size === 'small') return { ...SMALL_PERSONS_PER_REGION };
  if (!Number.isInteger(size) || size < 30) {
    throw new RangeError(`demo data size must be 'small' or an integer of at least 30: ${size}`);
  }
  const share = Math.floor(size / 3);
  return { '110000': size - 2 * share, '530400': share, '130200': share };
}

export function planDemoData(options: DemoPlanOptions): DemoPlan {
  const today = beijingDateOf(options.now);
  if (today < EARLIEST_NOW) throw new RangeError(`demo data needs now on or after ${EARLIEST_NOW}`);
  const lastPeriod = addMonths(periodOf(options.now), -1);
  const root = new Random(options.seed ?? DEMO_DEFAULT_SEED);
  const ids = new IdentityAllocator();
  const counts = personsPerRegion(options.size);
  const batchSize = options.batchSize ?? 5000;

  const byRegion = new Map<DemoRegionCode, RegionOrganisations>();
  for (const region of DEMO_REGIONS) {
    const random = root.fork(`organisations:${region.code}`);
    byRegion.set(
      region.code,
      planRegionOrganisations(region, random, ids, counts[region.code], today),
    );
  }
  const regionOrganisations = [...byRegion.values()];
  const organisations: OrganisationPlan = {
    regions: DEMO_REGIONS.map((r) => ({
      code: r.code,
      name: r.name,
      provinceCode: r.provinceCode,
    })),
    agencies: regionOrganisations.flatMap((o) => o.agencies),
    units: regionOrganisations.flatMap((o) => o.units),
    institutions: regionOrganisations.flatMap((o) => o.institutions),
    staff: planStaff(),
  };

  let iterated = false;
  function* peopleBatches(): Generator<PeopleBatch> {
    if (iterated) throw new Error('the demo plan of persons can be iterated only once');
    iterated = true;
    let batch = emptyBatch();
    for (const region of DEMO_REGIONS) {
      const arrears: ArrearsQuota =
        options.size === 'small'
          ? { remaining: region.code === '110000' ? 1 : 0, probability: 1 }
          : { remaining: Number.POSITIVE_INFINITY, probability: 0.03 };
      const ctx: HouseholdContext = {
        region,
        policy: DEMO_POLICY_SAMPLES[region.code],
        random: root.fork(`people:${region.code}`),
        ids,
        today,
        lastPeriod,
        organisations: byRegion.get(region.code) as RegionOrganisations,
        arrears,
      };
      const before = batch.persons.length;
      planDemoPersons(ctx, batch);
      let planned = batch.persons.length - before;
      while (planned < counts[region.code]) {
        planned += planHousehold(ctx, batch);
        if (batch.persons.length >= batchSize) {
          yield batch;
          batch = emptyBatch();
        }
      }
    }
    if (batch.persons.length > 0) yield batch;
  }

  return {
    organisations,
    personsPerRegion: counts,
    totalPersons: Object.values(counts).reduce((a, b) => a + b, 0),
    peopleBatches,
  };
}
