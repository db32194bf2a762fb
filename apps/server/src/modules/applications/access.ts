import type { Actor } from '../../plugins/context';
import type { ApplicationRow } from './applications.repository';

/** The applicant key an actor files applications under. */
export const applicantOf = (actor: Actor): { type: string; id: string } => ({
  type: actor.type,
  id: actor.id ?? '',
});

/** The pooling regions a staff member may act in; null for every region. */
export const staffRegions = (actor: Actor): string[] | null =>
  actor.regions?.includes('*') ? null : (actor.regions ?? []);

export const inStaffScope = (actor: Actor, regionCode: string): boolean => {
  const regions = staffRegions(actor);
  return regions === null || regions.includes(regionCode);
};

/** Whether the actor holds a right (staff of every right hold '*'). */
export const holdsRight = (actor: Actor, code: string): boolean =>
  (actor.rights ?? []).some((r) => r === '*' || r === code);

export const isApplicant = (actor: Actor, row: ApplicationRow): boolean =>
  row.applicantType === actor.type && row.applicantId === actor.id;

/**
 * Who may read an application: its applicant; the person it is about; the operators of the unit
 * it was filed for or is about; staff of its pooling region.
 */
export function mayRead(actor: Actor, row: ApplicationRow): boolean {
  switch (actor.type) {
    case 'person':
      return (
        isApplicant(actor, row) ||
        (actor.personId != null && actor.personId === row.subjectPersonId)
      );
    case 'unit-operator':
      return (
        actor.unitId != null &&
        (row.applicantUnitId === actor.unitId || row.subjectUnitId === actor.unitId)
      );
    case 'staff':
      return inStaffScope(actor, row.regionCode);
    default:
      return false;
  }
}

/** Unit operators act for their unit: every operator of the unit may withdraw or resubmit. */
export const mayActAsApplicant = (actor: Actor, row: ApplicationRow): boolean =>
  actor.type === 'unit-operator'
    ? actor.unitId != null && row.applicantUnitId === actor.unitId
    : isApplicant(actor, row);
