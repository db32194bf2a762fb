import { Skeleton } from 'antd';
import {
  UNIT_BANK_USAGES,
  UNIT_CANCEL_REASONS,
  UNIT_MANAGEMENT_TYPES,
  UNIT_REG_CERT_TYPES,
} from '@yibao/contracts';
import { useDictionary } from '../../../../shared/dictionaries';
import { useElder } from '../../../../shared/elder';
import { DivisionName } from '../../../applications/shared/DivisionName';
import { optionLabel } from '../../../applications/shared/payload-parts';
import { LoadFailed, RegionName, StatusTag, nowrap, useNames } from '../person-query/display';
import { PrintHeading, RecordSection as Section } from '../person-query/record';
import { ArrearsMonths } from './ArrearsMonths';
import { useUnitProfile } from './queries';

/** A code of a fixed list by its name, '' for none. */
const named = (list: readonly { value: string; label: string }[], code: string | null) =>
  code ? optionLabel(list, code) : '';

/**
 * 基本信息: every field of the unit's 单位参保登记, in W11's sections and with its labels, codes by
 * their names, then the unit's standing (登记, 注销, members in force, months owed); with 打印.
 */
export function BasicInfoTab({ unitId }: { unitId: number }) {
  const profile = useUnitProfile(unitId);
  const names = useNames();
  const unitType = useDictionary('unit-types').label;
  const { elder } = useElder();
  const column = elder ? 2 : 3;
  if (profile.isError) {
    return <LoadFailed error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const u = profile.data;
  if (!u) return <Skeleton active paragraph={{ rows: 8 }} />;
  const cancelled = u.status === '注销';
  return (
    <div className="pq-basic">
      <PrintHeading title="单位基本信息" />
      <Section
        title="单位基本信息"
        column={column}
        items={[
          { label: '单位编号', value: nowrap(u.unitNo) },
          { label: '统一社会信用代码', value: nowrap(u.uscc) },
          { label: '单位状态', value: <StatusTag status={u.status} /> },
          { label: '单位名称', value: u.name, span: 'filled' },
          { label: '医保区划', value: <RegionName code={u.regionCode} /> },
          { label: '单位管理类型', value: named(UNIT_MANAGEMENT_TYPES, u.managementType) },
          { label: '单位类型', value: unitType(u.unitType) },
        ]}
      />
      <Section
        title="单位联系信息"
        column={column}
        items={[
          { label: '联系人姓名', value: u.contactName },
          { label: '联系电话', value: nowrap(u.contactPhone) },
          { label: '电子邮箱', value: u.email },
          {
            label: '所属行政区',
            value: u.divisionCode && (
              <DivisionName code={u.divisionCode} regionCode={u.regionCode} />
            ),
          },
          { label: '邮政编码', value: nowrap(u.postcode) },
          { label: '单位联系电话(座机)', value: nowrap(u.officePhone) },
          { label: '单位详细地址', value: u.address, span: 'filled' },
        ]}
      />
      <Section
        title="单位注册信息"
        column={column}
        items={[
          { label: '法定代表人姓名', value: u.legalRepName },
          { label: '法定代表人证件类型', value: names.cert(u.legalRepCertType) },
          { label: '法定代表人证件号码', value: nowrap(u.legalRepCertNo) },
          { label: '法定代表人移动电话', value: nowrap(u.legalRepPhone) },
          { label: '批准成立日期', value: nowrap(u.establishedOn) },
          { label: '批准成立文号', value: u.approvalDocNo },
          { label: '注册证件类型', value: named(UNIT_REG_CERT_TYPES, u.regCertType) },
          { label: '注册证件号码', value: nowrap(u.regCertNo) },
          { label: '税号', value: nowrap(u.taxNo) },
        ]}
      />
      <Section
        title="银行信息"
        column={column}
        items={[
          {
            label: '银行用途',
            value: u.bankUsages.map((c) => optionLabel(UNIT_BANK_USAGES, c)).join('、'),
          },
          { label: '开户银行', value: names.bank(u.bankCode) },
          { label: '银行户名', value: u.bankAccountName },
          { label: '银行账号', value: nowrap(u.bankAccount), span: 'filled' },
        ]}
      />
      <Section
        title="参保登记信息"
        column={column}
        items={[
          { label: '参保登记日期', value: nowrap(u.registeredOn) },
          { label: '正常参保人数', value: `${u.activeMembers} 人` },
          { label: '欠费月数', value: <ArrearsMonths months={u.arrearsMonths} /> },
          ...(cancelled
            ? [
                { label: '注销日期', value: nowrap(u.cancelledOn) },
                {
                  label: '注销原因',
                  value: named(UNIT_CANCEL_REASONS, u.cancelReason),
                  span: 'filled' as const,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
