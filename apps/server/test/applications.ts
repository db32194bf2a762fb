import { enrolments, type Executor } from '@yibao/db';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createPerson } from './helpers';
import { multipartBody, personFlows } from './person';

/** A 1×1 PNG: the smallest picture a content sniffer recognises. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let phoneSeq = 0;
/** A fresh insured-registry person with a verified portal account; answers the cookie too. */
export async function verifiedPerson(app: FastifyInstance, name: string) {
  const phone = `1375${String(process.pid % 1000).padStart(3, '0')}${String(phoneSeq++).padStart(4, '0')}`;
  const person = await createPerson(app, { name, phone });
  const cookie = await personFlows(app).verifiedSession({ ...person, phone });
  return { person, cookie, phone };
}

export async function enrol(db: Executor, personId: number, insuranceType: string) {
  await db.insert(enrolments).values({
    personId,
    regionCode: '110000',
    insuranceType,
    personType: insuranceType === '310' ? '11' : '21',
    status: '正常参保',
    startDate: '2020-01-01',
  });
}

export async function upload(
  app: FastifyInstance,
  cookie: string,
  businessCode: string,
  itemCode: string,
  bytes: Buffer = PNG_1PX,
  name = 'material.png',
) {
  const body = multipartBody({ businessCode, itemCode }, { name, bytes });
  return app.inject({
    method: 'POST',
    url: '/api/materials',
    payload: body.payload,
    headers: { ...body.headers, cookie },
  });
}

export async function submit(
  app: FastifyInstance,
  cookie: string,
  businessCode: string,
  payload: Record<string, unknown>,
  materialIds: number[] = [],
) {
  return app.inject({
    method: 'POST',
    url: '/api/applications',
    headers: { cookie },
    payload: { businessCode, channel: 'personal', payload, materialIds },
  });
}

export const staffPost = (app: FastifyInstance, cookie: string, url: string, payload = {}) =>
  app.inject({ method: 'POST', url, headers: { cookie }, payload });

export const getJson = async (app: FastifyInstance, cookie: string, url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** P21 for oneself, as the form fills it. */
export const residentPayload = (p: { name: string; certNo: string }) => ({
  forWhom: 'self',
  name: p.name,
  certType: '01',
  certNo: p.certNo,
  localHousehold: true,
  admissionCategory: '21',
  sex: '1',
  birthDate: '1985-03-15',
  ethnicity: '01',
  householdType: '20',
  householdDivisionCode: '110105',
  residenceDivisionCode: '110105',
  residenceAddress: '北京市朝阳区测试路1号',
  phone: '13700000000',
  promise: true,
});
