import { describe, expect, it } from 'vitest';
import type { MyPersonReply, UnitProfile } from '@yibao/contracts';
import { payloadChanges } from './info-change-form';
import { residentChangePayloadOf, residentChangeValuesOf } from './resident-info-change-form';
import { unitChangePayloadOf, unitFormValuesOf } from './unit-info-change-form';

const unit: UnitProfile = {
  id: 7,
  unitNo: '11000000040',
  uscc: '91110105MA3602292A',
  name: '北京信息变更测试有限公司',
  unitType: 'enterprise',
  regionCode: '110000',
  status: '正常',
  managementType: 'normal',
  divisionCode: '110105001',
  address: '北京市朝阳区光华路8号',
  postcode: '',
  contactName: '韩雪',
  contactPhone: '13911223344',
  email: '',
  officePhone: '',
  legalRepName: '罗建国',
  legalRepCertType: '01',
  legalRepCertNo: '110105197001011313',
  legalRepPhone: '',
  establishedOn: '2020-05-01',
  approvalDocNo: '',
  regCertType: '',
  regCertNo: '',
  taxNo: '',
  bankCode: '102',
  bankAccountName: '北京信息变更测试有限公司',
  bankAccount: '0200001234567890123',
  bankUsages: ['collection', 'payout'],
  registeredOn: '2026-11-29',
  cancelledOn: null,
  cancelReason: null,
  activeMembers: 0,
  arrearsMonths: 0,
};

describe('信息变更: what the form changes', () => {
  it('a unit as registered makes a form with nothing changed', () => {
    const payload = unitChangePayloadOf(unit.unitNo, unitFormValuesOf(unit));
    const stored = Object.fromEntries(
      Object.keys(payload).map((k) => [k, (unit as Record<string, unknown>)[k]]),
    );
    expect(payloadChanges(stored, payload)).toEqual([]);
  });

  it('lists each changed field with its value before and after, arrays as the server shows them', () => {
    const before = unitChangePayloadOf(unit.unitNo, unitFormValuesOf(unit));
    const after = unitChangePayloadOf(unit.unitNo, {
      ...unitFormValuesOf(unit),
      contactName: ' 唐明 ',
      bankUsages: ['collection'],
    });
    expect(payloadChanges(before, after, ['unitNo'])).toEqual([
      { field: 'contactName', before: '韩雪', after: '唐明' },
      { field: 'bankUsages', before: 'collection,payout', after: 'collection' },
    ]);
  });

  it('a resident of another scheme’s category must choose a 参保身份', () => {
    const person = {
      name: '周雨桐',
      certType: '01',
      certNo: '110105198803125085',
      sex: '2',
      birthDate: '1988-03-12',
      ethnicity: '01',
      householdType: '11',
      phone: '13766661111',
      residenceDivisionCode: '110105',
      residenceAddress: '北京市朝阳区建国门外大街2号院',
      personCategory: '21',
    } as MyPersonReply;
    const values = residentChangeValuesOf(person);
    const payload = residentChangePayloadOf(person, values);
    expect(payload).toMatchObject({ admissionCategory: '21', sex: '2', birthDate: '1988-03-12' });
    expect(payloadChanges(payload, residentChangePayloadOf(person, values))).toEqual([]);
    expect(residentChangeValuesOf({ ...person, personCategory: '11' }).admissionCategory).toBe(
      undefined,
    );
  });
});
