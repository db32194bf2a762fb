import {
  employeeRetirementPayload,
  type EmployeeRetirementPayload,
  type FlexibleRetirementPayload,
  type RetirementFiguresReply,
} from '@yibao/contracts';
import { retirements, eq, type Executor } from '@yibao/db';
import {
  beijingDateOf,
  firstDayOfNextMonth,
  retirementFigures,
  retirementPolicyOf,
} from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { undoEnrolmentAndPerson } from './undo';
import { scannedDocument } from './materials';
import {
  activeEnrolments,
  contributionMonthsOf,
  findEnrolmentById,
  findPersonById,
  updateEnrolment,
  updatePerson,
  type EnrolmentRow,
  type PersonRow,
} from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { personByCert, requireWindowRight } from './window-subjects';
import { findUnitById } from './units.repository';

type RetirementPayloadBase = EmployeeRetirementPayload | FlexibleRetirementPayload;

/** 在职转退休's page before 保存: the person's months and what they lack or owe. */
export async function retirementFiguresOf(
  db: Executor,
  person: PersonRow,
): Promise<RetirementFiguresReply & { regionCode: string }> {
  const policy = retirementPolicyOf(person.regionCode);
  if (!policy) throw conflict('该统筹区未配置退休享受待遇的最低缴费年限');
  const months = await contributionMonthsOf(db, person.id);
  const unit = person.unitId ? await findUnitById(db, person.unitId) : null;
  return {
    name: person.name,
    unitNo: unit?.unitNo ?? null,
    unitName: unit?.name ?? null,
    regionCode: person.regionCode,
    ...months,
    ...retirementFigures(policy, person.sex, months.deemedMonths, months.paidMonths),
  };
}

/** 在职转退休 is refused while arrears exist or the 视同 + 实缴 months fall short. */
export function refuseRetirement(figures: RetirementFiguresReply) {
  if (figures.arrearsMonths > 0) {
    throw conflict(`该人员存在欠费${figures.arrearsMonths}个月，请补缴后再办理在职转退休`);
  }
  if (figures.shortfallMonths > 0) {
    throw conflict(
      `视同缴费月数与实缴月数合计${figures.deemedMonths + figures.paidMonths}个月，不足${figures.requiredMonths}个月，差额${figures.shortfallMonths}个月；请先办理医保退休不满足年限一次性缴清`,
    );
  }
}

/** The employee in service, their figures, and the refusals of arrears and missing months. */
async function check(ctx: BusinessContext, p: EmployeeRetirementPayload) {
  const person = await personByCert(ctx, p.certType, p.certNo);
  const [enrolment] = (await activeEnrolments(ctx.tx, person.id, ['310'])).filter(
    (e) => e.personType === '11',
  );
  if (!enrolment) throw conflict('该人员不是正常参保的在职职工', 'payload.certNo');
  if (p.retiredOn > beijingDateOf(ctx.now)) {
    throw invalid('社保离退时间不能晚于今天', 'payload.retiredOn');
  }
  const figures = await retirementFiguresOf(ctx.tx, person);
  refuseRetirement(figures);
  return { person, enrolment, figures };
}

/**
 * W12 (三) 单位职工在职转退休 (002 十二): with no arrears and enough 视同 + 实缴 months, the
 * employee becomes a retiree from the next month (次月生效), 即时办结; a failed 复核 undoes it.
 */
export const employeeRetirement: BusinessDefinition<EmployeeRetirementPayload> = {
  code: 'employee-retirement',
  name: '单位职工在职转退休',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeeRetirementPayload,
  review: 'immediate',
  materials: [
    scannedDocument(
      'change-form',
      '《城镇职工医疗保险参保人员变动表》（一式两份并加盖单位公章）',
      true,
    ),
    scannedDocument('retirement-certificate', '《退休证》复印件', true),
    scannedDocument(
      'retirement-approval',
      '退休登记表、提前退休核准表、退休呈报表或退休批复复印件',
      true,
    ),
    scannedDocument('deemed-years', '《城镇职工基本医疗保险视同缴费年限认定表》', true),
    scannedDocument(
      'pension-proof',
      '养老保险待遇审核表或待遇信息申报表等养老金证明材料复印件',
      true,
    ),
  ],
  timeLimitDays: null,
  serviceItemNo: 12,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { person } = await check(ctx, p);
    return {
      personId: person.id,
      unitId: person.unitId,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: person.regionCode,
    };
  },

  async apply(ctx, app) {
    const found = await check(ctx, app.payload);
    return recordRetirement(ctx, app, found, (person, enrolment) =>
      enrolment.personType === '11'
        ? {
            personType: '12',
            personCategory: app.payload.retirementType === 'veteran' ? '13' : '12',
            unitId: person.unitId,
          }
        : null,
    );
  },

  compensate: undoRetirement,
};

/** What a retirement changes: the enrolment's 人员类型, the person's 人员类别, the unit kept. */
interface RetirementChange {
  personType: string;
  personCategory: string;
  unitId: number | null;
}

/**
 * 即时办结 of a 在职转退休 (employee or flexible worker): under row locks, the retirement row
 * with the figures checked, the enrolment's new person type and the person's category, all from
 * the first day of next month. `change` answers null when the person's state moved on since the
 * check.
 */
export async function recordRetirement(
  ctx: BusinessContext,
  app: { applicationNo: string; payload: RetirementPayloadBase },
  found: { person: { id: number }; enrolment: { id: number }; figures: RetirementFiguresReply },
  change: (person: PersonRow, enrolment: EnrolmentRow) => RetirementChange | null,
) {
  const p = app.payload;
  const reason = `办件 ${app.applicationNo}`;
  const person = await findPersonById(ctx.tx, found.person.id, true);
  const enrolment = await findEnrolmentById(ctx.tx, found.enrolment.id, true);
  const to = person && enrolment ? change(person, enrolment) : null;
  if (!person || !enrolment || !to) throw conflict('该人员的参保状态已变化');
  const effectiveFrom = firstDayOfNextMonth(beijingDateOf(ctx.now));
  const [row] = await ctx.tx
    .insert(retirements)
    .values({
      personId: person.id,
      unitId: to.unitId,
      regionCode: person.regionCode,
      retirementType: p.retirementType,
      retiredOn: p.retiredOn,
      effectiveFrom,
      pensionFen: p.pensionFen,
      deemedMonths: found.figures.deemedMonths,
      paidMonths: found.figures.paidMonths,
      requiredMonths: found.figures.requiredMonths,
      createdAt: ctx.now,
    })
    .returning();
  if (!row) throw new Error('retirement not inserted');
  await updateEnrolment(
    ctx.tx,
    enrolment,
    { personType: to.personType },
    'retire',
    ctx.actor,
    ctx.now,
    reason,
  );
  await updatePerson(
    ctx.tx,
    person,
    { personCategory: to.personCategory, retiredOn: p.retiredOn },
    ctx.actor,
    ctx.now,
    reason,
  );
  return { personId: person.id, enrolmentId: enrolment.id, retirementId: row.id, effectiveFrom };
}

/** A failed 复核: the enrolment and the person as they were, the retirement row 已撤销. */
export async function undoRetirement(
  ctx: BusinessContext,
  app: Parameters<typeof undoEnrolmentAndPerson>[1],
) {
  await undoEnrolmentAndPerson(ctx, app, '在职转退休');
  await ctx.tx
    .update(retirements)
    .set({ status: '已撤销' })
    .where(eq(retirements.id, Number(app.effectResult?.retirementId)));
}
