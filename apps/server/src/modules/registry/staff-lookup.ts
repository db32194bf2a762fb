import type { PersonLookupQuery } from '@yibao/contracts';
import { beijingDateOf, validateCertNo } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { findPersonByCert } from './registry.repository';

/** A person of the staff member's regions by certificate; 404 for anyone else. */
export async function staffPersonByCert(
  app: FastifyInstance,
  request: FastifyRequest,
  query: PersonLookupQuery,
) {
  const checked = validateCertNo(query.certType, query.certNo, beijingDateOf(app.clock.now()));
  if (!checked.ok) throw invalid(checked.message, 'certNo');
  const person = await findPersonByCert(app.db, query.certType, checked.normalized);
  if (!person || !inStaffScope(request.actor, person.regionCode)) {
    throw notFound('未找到该证件号码的参保人员');
  }
  return person;
}
