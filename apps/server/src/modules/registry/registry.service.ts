import type {
  MyPersonReply,
  ResidentEnrolmentCheckBody,
  ResidentEnrolmentCheckReply,
} from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../../plugins/errors';
import { activeInsuranceTypes, findPersonById } from './registry.repository';
import { checkResidentSubject } from './resident-enrolment.business';

/** The registry's reads for the person's own pages. */
export function createRegistryService(app: FastifyInstance) {
  return {
    /** The signed-in, verified person's own record, as 职工个人基本信息变更 prefills it. */
    async myPerson(request: FastifyRequest): Promise<MyPersonReply> {
      const personId = request.actor.personId;
      const person = personId ? await findPersonById(app.db, personId) : null;
      if (!person) throw forbidden('请先完成实名认证');
      return {
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
        activeInsuranceTypes: await activeInsuranceTypes(app.db, person.id),
      };
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
