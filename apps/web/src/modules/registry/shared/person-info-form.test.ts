import { describe, expect, it } from 'vitest';
import type { MyPersonReply } from '@yibao/contracts';
import { personInfoChanges, personInfoPayloadOf, personInfoValuesOf } from './person-info-form';

const record: MyPersonReply = {
  name: '郝欣',
  certType: '01',
  certNo: '110114199812246381',
  sex: '2',
  birthDate: '1998-12-24',
  ethnicity: '03',
  education: '',
  householdType: '11',
  politicalStatus: '',
  maritalStatus: '',
  studentNo: '',
  phone: '15669024577',
  contactName: '',
  contactPhone: '',
  householdDivisionCode: '110114005',
  householdAddress: '北京市昌平区沙河地区青年路188号',
  householdPostcode: '102200',
  residenceDivisionCode: '110114',
  residenceAddress: '北京市昌平区沙河地区青年路188号',
  residencePostcode: '102200',
  bankCode: '313',
  bankAccount: '6214689971366428416',
  email: '',
  regionCode: '110000',
  personCategory: '11',
  status: '正常',
  activeInsuranceTypes: ['310'],
  personNo: '110000P00000001',
  nationality: 'CHN',
  identity: '',
  workStartDate: null,
  unitName: null,
};

describe('人员一般信息维护: what the clerk changed', () => {
  const before = personInfoPayloadOf(personInfoValuesOf(record));

  it('reads the record back unchanged, 区县街乡 included', () => {
    expect(before).toMatchObject({
      householdDivisionCode: '110114005',
      residenceDivisionCode: '110114',
      education: '',
    });
    expect(personInfoChanges(before, before)).toEqual([]);
  });

  it('lists each changed field with its value before and after, spaces trimmed', () => {
    const after = personInfoPayloadOf({
      ...personInfoValuesOf(record),
      phone: ' 13932676420 ',
      residenceDivision: ['110105', '110105001'],
      email: '  ',
    });
    expect(personInfoChanges(before, after)).toEqual([
      { field: 'phone', before: '15669024577', after: '13932676420' },
      { field: 'residenceDivisionCode', before: '110114', after: '110105001' },
    ]);
  });
});
