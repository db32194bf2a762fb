import { and, desc, enrolments, eq, units, type Executor } from '@yibao/db';

/** 人员参保信息 of the flexible pages: the person's 310 enrolments, newest first, with the unit. */
export async function employeeSchemeEnrolments(db: Executor, personId: number) {
  return db
    .select({
      id: enrolments.id,
      insuranceType: enrolments.insuranceType,
      personType: enrolments.personType,
      status: enrolments.status,
      startDate: enrolments.startDate,
      endDate: enrolments.endDate,
      contributionBaseFen: enrolments.contributionBaseFen,
      unitName: units.name,
      stopReason: enrolments.stopReason,
      stopRemark: enrolments.stopRemark,
    })
    .from(enrolments)
    .leftJoin(units, eq(units.id, enrolments.unitId))
    .where(and(eq(enrolments.personId, personId), eq(enrolments.insuranceType, '310')))
    .orderBy(desc(enrolments.startDate), desc(enrolments.id));
}
