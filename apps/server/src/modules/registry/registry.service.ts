import type {
  MyPersonReply,
  PersonLookupQuery,
  RetirementFiguresReply,
  ResidentEnrolmentCheckBody,
  ResidentEnrolmentCheckReply,
} from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../../plugins/errors';
import { pageWindow } from '@yibao/domain';
import { enrolmentsWithUnits, personContributions } from './person-query.repository';
import { activeInsuranceTypes, findPersonById, type PersonRow } from './registry.repository';
import { findUnitById } from './units.repository';
import { retirementFiguresOf } from './employee-retirement.business';
import { checkResidentSubject } from './resident-enrolment.business';
import { staffPersonByCert } from './staff-lookup';

/** A person's record as the change forms and 职工信息 show it. */
const personReplyOf = (
  person: PersonRow,
  activeInsuranceTypes: string[],
  unitName: string | null,
): MyPersonReply => ({
  name: person.name,
  certType: person.certType,
  certNo: person.certNo,
  sex: person.sex,
  birthDate: person.birthDate,
  ethnicity: person.ethnicity,
  education: person.education,
  householdType: person.householdType,
  politicalStatus: person.politicalStatus,
  maritalStatus: person.maritalStatus,
  studentNo: person.studentNo,
  phone: person.phone,
  contactName: person.contactName,
  contactPhone: person.contactPhone,
  householdDivisionCode: person.householdDivisionCode,
  householdAddress: person.householdAddress,
  householdPostcode: person.householdPostcode,
  residenceDivisionCode: person.residenceDivisionCode,
  residenceAddress: person.residenceAddress,
  residencePostcode: person.residencePostcode,
  bankCode: person.bankCode,
  bankAccount: person.bankAccount,
  email: person.email,
  regionCode: person.regionCode,
  personCategory: person.personCategory,
  status: person.status,
  activeInsuranceTypes,
  personNo: person.personNo,
  nationality: person.nationality,
  identity: person.identity,
  workStartDate: person.workStartDate,
  unitName,
});

/** The registry's reads for the person's own pages. */
export function createRegistryService(app: FastifyInstance) {
  const replyOf = async (person: PersonRow) => {
    const unit = person.unitId ? await findUnitById(app.db, person.unitId) : null;
    return personReplyOf(person, await activeInsuranceTypes(app.db, person.id), unit?.name ?? null);
  };

  /** The signed-in, verified person's own row. */
  const me = async (request: FastifyRequest) => {
    const personId = request.actor.personId;
    const person = personId ? await findPersonById(app.db, personId) : null;
    if (!person) throw forbidden('请先完成实名认证');
    return person;
  };

  return {
    /** The signed-in, verified person's own record, as 职工个人基本信息变更 prefills it. */
    async myPerson(request: FastifyRequest): Promise<MyPersonReply> {
      return replyOf(await me(request));
    },

    /** 参保信息: every enrolment of the person's own. */
    async myEnrolments(request: FastifyRequest) {
      const person = await me(request);
      const rows = await enrolmentsWithUnits(app.db, person.id, [
        '正常参保',
        '暂停参保',
        '终止参保',
      ]);
      return {
        items: rows.map(
          ({
            insuranceType,
            personType,
            status,
            startDate,
            endDate,
            unitName,
            contributionBaseFen,
          }) => ({
            insuranceType,
            personType,
            status,
            startDate,
            endDate,
            unitName,
            contributionBaseFen,
          }),
        ),
      };
    },

    /** 职工参保缴费信息查询: the person's contribution months from the start month given. */
    async myContributions(
      request: FastifyRequest,
      q: { from: number; insuranceType: '310' | '390'; page: number; pageSize: number },
    ) {
      const person = await me(request);
      const found = await personContributions(
        app.db,
        person.id,
        { insuranceType: q.insuranceType, from: q.from },
        pageWindow(q.page, q.pageSize),
      );
      return { ...found, page: q.page, pageSize: q.pageSize };
    },

    /**
     * 人员查询 of 人员一般信息维护: a person of the staff member's regions by certificate, with the
     * values the window's change form starts from.
     */
    async findPerson(request: FastifyRequest, query: PersonLookupQuery): Promise<MyPersonReply> {
      const person = await staffPersonByCert(app, request, query);
      return replyOf(person);
    },

    /** 在职转退休's figures for the page, before 保存 (which checks them again). */
    async retirementFigures(
      request: FastifyRequest,
      query: PersonLookupQuery,
    ): Promise<RetirementFiguresReply> {
      const { regionCode: _region, ...figures } = await retirementFiguresOf(
        app.db,
        await staffPersonByCert(app, request, query),
      );
      return figures;
    },

    /**
     * 参保人员新参保申报信息查询: the checks submission makes on the person to enrol, before the
     * form is filled in. A refusal names the field of this request's body.
     */
    async checkResidentEnrolment(
      request: FastifyRequest,
      body: ResidentEnrolmentCheckBody,
    ): Promise<ResidentEnrolmentCheckReply> {
      try {
        const { certNo } = await checkResidentSubject(
          app.db,
          { actor: request.actor, signInMethod: request.signInMethod, now: app.clock.now() },
          body,
        );
        return { certNo };
      } catch (err) {
        if (err instanceof AppError && err.field?.startsWith('payload.')) {
          throw new AppError(err.statusCode, err.code, err.message, err.field.slice(8));
        }
        throw err;
      }
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
