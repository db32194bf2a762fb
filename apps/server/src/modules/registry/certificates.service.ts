import {
  type CertificateContent,
  type CertificateIssueBody,
  type CertificateIssued,
  type CertificateVerifyReply,
} from '@yibao/contracts';
import { insuranceCertificates, regions, eq, sql, and } from '@yibao/db';
import { divisionPath } from '@yibao/db/dictionaries';
import { beijingDateOf, maskCertNo, maskName } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomInt } from 'node:crypto';
import { conflict, invalid, notFound } from '../../plugins/errors';
import { enforce } from '../../plugins/rate-limit';
import { inStaffScope } from '../applications';
import { enrolmentsWithUnits } from './person-query.repository';
import { contributionMonthsOf, type PersonRow } from './registry.repository';
import { staffPersonByCert } from './staff-lookup';

/** no 0/O, 1/I: a code read off paper and typed in */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const verificationCode = () =>
  Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

type Stored = typeof insuranceCertificates.$inferSelect;

/** W02 参保证明开具: issue, print, and the public check of a certificate's authenticity. */
export function createCertificatesService(app: FastifyInstance) {
  /** What the certificate states, from the registry as it is now. */
  async function contentOf(person: PersonRow): Promise<CertificateContent> {
    const [region] = await app.db
      .select({ name: regions.name })
      .from(regions)
      .where(eq(regions.code, person.regionCode));
    const enrolments = await enrolmentsWithUnits(app.db, person.id, [
      '正常参保',
      '暂停参保',
      '终止参保',
    ]);
    const months = await contributionMonthsOf(app.db, person.id);
    return {
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      sex: person.sex,
      birthDate: person.birthDate,
      personNo: person.personNo,
      regionName: region?.name ?? person.regionCode,
      enrolments: enrolments.map((e) => ({
        insuranceType: e.insuranceType,
        personType: e.personType,
        status: e.status,
        startDate: e.startDate,
        endDate: e.endDate,
        unitName: e.unitName,
      })),
      paidMonths: months.paidMonths,
      deemedMonths: months.deemedMonths,
    };
  }

  const issuedOf = (row: Stored): CertificateIssued => ({
    id: row.id,
    serialNo: row.serialNo,
    verificationCode: row.verificationCode,
    kind: row.kind as CertificateIssued['kind'],
    issuedAt: row.issuedAt.toISOString(),
    content: row.content as CertificateContent,
    pdfUrl: `/api/registry/certificates/${row.id}/pdf`,
  });

  return {
    async issue(request: FastifyRequest, body: CertificateIssueBody): Promise<CertificateIssued> {
      const person = await staffPersonByCert(app, request, body);
      if (person.name !== body.name.trim()) throw invalid('姓名与证件号码不一致', 'name');
      const content = await contentOf(person);
      if (content.enrolments.length === 0) {
        throw conflict('该人员没有参保记录，不能开具参保证明');
      }
      if (body.kind === 'no-household') {
        if (!content.enrolments.some((e) => e.insuranceType === '390')) {
          throw conflict('该人员没有城乡居民基本医疗保险参保记录，不能开具无户籍人员参保证明');
        }
        if (divisionPath(person.householdDivisionCode)?.includes(person.regionCode)) {
          throw conflict('该人员为本统筹区户籍，请开具职工/居民参保证明');
        }
      }
      const now = app.clock.now();
      const row = await app.write(request, async (tx, audit) => {
        const next = await tx.execute<{ id: string }>(
          sql`select nextval(pg_get_serial_sequence('insurance_certificates', 'id')) as id`,
        );
        const id = Number(next.rows[0]?.id);
        const [inserted] = await tx
          .insert(insuranceCertificates)
          .values({
            id,
            serialNo: `${person.regionCode}${beijingDateOf(now).replaceAll('-', '')}${String(id).padStart(8, '0')}`,
            kind: body.kind,
            personId: person.id,
            regionCode: person.regionCode,
            verificationCode: verificationCode(),
            content,
            issuedByType: request.actor.type,
            issuedById: request.actor.id,
            issuedByName: request.actor.name,
            issuedAt: now,
          })
          .returning();
        if (!inserted) throw new Error('certificate not inserted');
        await audit({
          action: 'certificate.issue',
          entity: 'person',
          entityId: person.id,
          regionCode: person.regionCode,
          after: { serialNo: inserted.serialNo, kind: body.kind },
        });
        return inserted;
      });
      return issuedOf(row);
    },

    /** A certificate issued in the staff member's regions. */
    async get(request: FastifyRequest, id: number) {
      const [row] = await app.db
        .select()
        .from(insuranceCertificates)
        .where(eq(insuranceCertificates.id, id));
      if (!row || !inStaffScope(request.actor, row.regionCode)) throw notFound('参保证明不存在');
      return issuedOf(row);
    },

    /** 参保证明查验: anyone holding the paper checks it; guessing is rate-limited per address. */
    async verify(
      request: FastifyRequest,
      q: { serialNo: string; code: string },
    ): Promise<CertificateVerifyReply> {
      await enforce(
        app.db,
        [{ key: `certificate-verify:ip:${request.ip}`, limit: 30, windowSeconds: 600 }],
        app.clock.now(),
      );
      const [row] = await app.db
        .select()
        .from(insuranceCertificates)
        .where(
          and(
            eq(insuranceCertificates.serialNo, q.serialNo.trim()),
            eq(insuranceCertificates.verificationCode, q.code.trim().toUpperCase()),
          ),
        );
      if (!row) throw notFound('未找到该参保证明，请核对证明编号和验证码');
      const c = row.content as CertificateContent;
      return {
        serialNo: row.serialNo,
        kind: row.kind as CertificateVerifyReply['kind'],
        issuedAt: row.issuedAt.toISOString(),
        name: maskName(c.name),
        certNo: maskCertNo(c.certNo),
        regionName: c.regionName,
        enrolments: c.enrolments,
      };
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
