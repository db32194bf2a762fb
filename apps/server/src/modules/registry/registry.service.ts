import type {
  MyPersonReply,
  PersonLookupQuery,
  RetirementFiguresReply,
  ResidentEnrolmentCheckBody,
  ResidentEnrolmentCheckReply,
} from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../../plugins/errors';
import { activeInsuranceTypes, findPersonById, type PersonRow } from './registry.repository';
import { retirementFiguresOf } from './employee-retirement.business';
import { checkResidentSubject } from './resident-enrolment.business';
import { staffPersonByCert } from './staff-lookup';

/** A person's record as the change forms start from it. */
const personReplyOf = (person: PersonRow, activeInsuranceTypes: string[]): MyPersonReply => ({
  name: person.name,
  certType: person.certType,
  certNo: person.certNo,
  sex: person.sex,
  birthDate: person.birthDate,
  ethnicity: person.ethnicity,
  education: person.education,
  householdType: person.householdType,
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
});

/** The registry's reads for the person's own pages. */
export function createRegistryService(app: FastifyInstance) {
  return {
    /** The signed-in, verified person's own record, as 职工个人基本信息变更 prefills it. */
    async myPerson(request: FastifyRequest): Promise<MyPersonReply> {
      const personId = request.actor.personId;
      const person = personId ? await findPersonById(app.db, personId) : null;
      if (!person) throw forbidden('请先完成实名认证');
      return personReplyOf(person, await activeInsuranceTypes(app.db, person.id));
    },

    /**
     * 人员查询 of 人员一般信息维护: a person of the staff member's regions by certificate, with the
     * values the window's change form starts from.
     */
    async findPerson(request: FastifyRequest, query: PersonLookupQuery): Promise<MyPersonReply> {
      const person = await staffPersonByCert(app, request, query);
      return personReplyOf(person, await activeInsuranceTypes(app.db, person.id));
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
