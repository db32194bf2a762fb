import dayjs from 'dayjs';
import {
  UNIT_KEY_FIELDS,
  type UnitInfoChangePayload,
  type UnitProfile,
  type UnitRegistrationPayload,
} from '@yibao/contracts';
import { divisionCascaderValue } from '../../../shared/DivisionCascader';
import { toPayload, type UnitFormValues } from './unit-registration-form';

export const UNIT_INFO_CHANGE = 'unit-info-change';
export const KEY_CHANGE_PROOF = 'key-change-proof';

/** The form's values from the unit as registered: what the change starts from. */
export function unitFormValuesOf(u: UnitProfile): UnitFormValues {
  return {
    regionCode: u.regionCode,
    managementType: u.managementType as UnitRegistrationPayload['managementType'],
    unitType: u.unitType,
    uscc: u.uscc,
    name: u.name,
    contactName: u.contactName,
    contactPhone: u.contactPhone,
    email: u.email,
    division: divisionCascaderValue(u.divisionCode),
    address: u.address,
    postcode: u.postcode,
    officePhone: u.officePhone,
    legalRepName: u.legalRepName,
    legalRepCertType: u.legalRepCertType,
    legalRepCertNo: u.legalRepCertNo,
    legalRepPhone: u.legalRepPhone,
    establishedOn: u.establishedOn ? dayjs(u.establishedOn) : null,
    approvalDocNo: u.approvalDocNo,
    regCertType: u.regCertType as UnitRegistrationPayload['regCertType'],
    regCertNo: u.regCertNo,
    taxNo: u.taxNo,
    bankUsages: u.bankUsages as UnitRegistrationPayload['bankUsages'],
    bankCode: u.bankCode,
    bankAccountName: u.bankAccountName,
    bankAccount: u.bankAccount,
  };
}

/** The payload of 单位参保信息变更登记: the unit's number and the form as it is to be. */
export const unitChangePayloadOf = (unitNo: string, v: UnitFormValues): UnitInfoChangePayload => ({
  ...toPayload(v),
  unitNo,
});

const KEY: readonly string[] = UNIT_KEY_FIELDS;
/** Whether a change of this field is 关键信息变更 (its 辅助材料 is needed). */
export const isUnitKeyField = (field: string) => KEY.includes(field);
