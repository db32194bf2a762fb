import { Skeleton } from 'antd';
import type { PersonProfile } from '@yibao/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../shared/api';
import { useElder } from '../../../../shared/elder';
import { formatDateTime } from '../../../../shared/format';
import { DivisionName } from '../../../applications/shared/DivisionName';
import { LoadFailed, RegionName, StatusTag, nowrap, useNames } from './display';
import { PERSON_QUERY_KEY, personUrl } from './queries';
import { PrintHeading, RecordSection as Section } from './record';

/**
 * The profile is read once per person (each read leaves an audit row): it never goes stale
 * while the page is open.
 */
export function useProfile(personId: number) {
  return useQuery({
    queryKey: [PERSON_QUERY_KEY, personId, 'profile'],
    queryFn: () => api.get<PersonProfile>(personUrl(personId)),
    staleTime: Infinity,
    retry: false,
  });
}

/** 人员基本信息: every field of the person's record, codes by their names, with 打印. */
export function BasicInfoTab({ personId }: { personId: number }) {
  const profile = useProfile(personId);
  const names = useNames();
  const { elder } = useElder();
  const column = elder ? 2 : 3;
  if (profile.isError) {
    return <LoadFailed error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const p = profile.data;
  if (!p) return <Skeleton active paragraph={{ rows: 8 }} />;
  const region = p.regionCode;
  const division = (code: string) => (code ? <DivisionName code={code} regionCode={region} /> : '');
  return (
    <div className="pq-basic">
      <PrintHeading title="人员基本信息" />
      <Section
        title="基本信息"
        column={column}
        items={[
          { label: '个人编号', value: nowrap(p.personNo) },
          { label: '姓名', value: p.name },
          { label: '证件类型', value: names.cert(p.certType) },
          { label: '证件号码', value: nowrap(p.certNo) },
          { label: '性别', value: names.sex(p.sex) },
          { label: '出生日期', value: nowrap(p.birthDate) },
          { label: '民族', value: names.ethnicity(p.ethnicity) },
          { label: '国家/地区', value: names.nationality(p.nationality) },
          { label: '个人身份', value: p.identity },
          { label: '人员类别', value: names.category(p.personCategory) },
          { label: '文化程度', value: names.education(p.education) },
          { label: '政治面貌', value: names.political(p.politicalStatus) },
          { label: '婚姻状态', value: names.marital(p.maritalStatus) },
          { label: '学籍编号', value: nowrap(p.studentNo) },
          { label: '参加工作日期', value: nowrap(p.workStartDate) },
          { label: '人员状态', value: <StatusTag status={p.status} /> },
          { label: '参保地', value: <RegionName code={p.regionCode} /> },
          { label: '社会保障卡号', value: nowrap(p.ssCardNo) },
          { label: '离退休日期', value: nowrap(p.retiredOn) },
          { label: '死亡日期', value: nowrap(p.deathDate) },
          { label: '建档时间', value: nowrap(formatDateTime(p.createdAt)) },
          { label: '最后更新时间', value: nowrap(formatDateTime(p.updatedAt)), span: 'filled' },
        ]}
      />
      <Section
        title="户籍与居住信息"
        column={column}
        items={[
          { label: '户口性质', value: names.household(p.householdType) },
          { label: '户口所在区划', value: division(p.householdDivisionCode) },
          { label: '户口所在地邮编', value: nowrap(p.householdPostcode) },
          { label: '户口所在地地址', value: p.householdAddress, span: 'filled' },
          { label: '居住地区划', value: division(p.residenceDivisionCode) },
          { label: '居住地邮编', value: nowrap(p.residencePostcode) },
          { label: '居住地址', value: p.residenceAddress, span: 'filled' },
        ]}
      />
      <Section
        title="联系信息"
        column={column}
        items={[
          { label: '联系电话', value: nowrap(p.phone) },
          { label: '电子邮箱', value: p.email },
          { label: '联系人姓名', value: p.contactName },
          { label: '联系人电话', value: nowrap(p.contactPhone) },
        ]}
      />
      <Section
        title="单位与银行信息"
        column={column}
        items={[
          { label: '单位编号', value: nowrap(p.unitNo) },
          { label: '单位名称', value: p.unitName },
          { label: '开户银行', value: names.bank(p.bankCode) },
          { label: '银行账号', value: nowrap(p.bankAccount) },
          { label: '银行户名', value: p.bankAccountName, span: 'filled' },
        ]}
      />
    </div>
  );
}
