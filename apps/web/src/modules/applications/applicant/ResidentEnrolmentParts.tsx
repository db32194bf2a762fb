import { Descriptions, Typography } from 'antd';
import type { ResidentEnrolmentPayload } from '@yibao/contracts';
import { useDictionary } from '../../../shared/dictionaries';
import { DivisionName } from '../shared/DivisionName';
import type { ResidentHouseholdValues } from '../../registry/shared/resident-form';

/** The parts of P21 居民新参保登记 that show what was entered: summaries, notice, 申办单. */

export type ForWhom = 'self' | 'other';
export interface Identity {
  forWhom: ForWhom;
  name: string;
  certType: string;
  certNo: string;
}
export type Household = Required<
  Pick<ResidentHouseholdValues, 'localHousehold' | 'admissionCategory'>
> &
  Pick<ResidentHouseholdValues, 'studentOrChild'>;

/** 城乡居民参保承诺告知: what the applicant for another person promises. */
export function PromiseNotice() {
  return (
    <div className="promise-notice">
      <p>为他人办理城乡居民基本医疗保险参保登记，申报人承诺：</p>
      <ol>
        <li>已取得参保人（未成年人为其监护人）的同意，受其委托代为办理参保登记；</li>
        <li>所填报的参保人身份、户籍、居住地及联系方式等信息真实、准确、完整；</li>
        <li>所上传的申请材料真实有效，与原件一致；</li>
        <li>如有虚假申报，申报人愿承担由此产生的一切法律责任。</li>
      </ol>
      <p>点击【确定】即表示您已阅读并同意上述承诺。</p>
    </div>
  );
}

/** 姓名, 证件类型, 证件号码 found by the query; 户籍地 and 准入人员类别 once chosen. */
export function IdentitySummary({
  identity,
  household,
}: {
  identity: Identity;
  household?: Household;
}) {
  const certTypes = useDictionary('certificate-types');
  const categories = useDictionary('person-categories');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 3 }}
      className="applicant-summary"
      items={[
        {
          key: 'for',
          label: '是否为本人的办理',
          children: identity.forWhom === 'self' ? '为自己办理' : '为他人办理',
        },
        { key: 'name', label: '姓名', children: identity.name },
        { key: 'certType', label: '证件类型', children: certTypes.label(identity.certType) },
        { key: 'certNo', label: '证件号码', children: identity.certNo },
        ...(household
          ? [
              {
                key: 'household',
                label: '参保人户籍地',
                children: household.localHousehold ? '参保人为本市户籍' : '参保人为外埠户籍',
              },
              {
                key: 'category',
                label: '准入人员类别',
                children: categories.label(household.admissionCategory),
              },
              ...(household.localHousehold
                ? []
                : [
                    {
                      key: 'student',
                      label: '是否为学生儿童',
                      children: household.studentOrChild ? '是' : '否',
                    },
                  ]),
            ]
          : []),
      ]}
    />
  );
}

/** 北京市城乡居民基本医疗保险增员申办单: 参保人基本信息 and 参保信息, as the guide lays them out. */
export function ApplicationForm({
  payload,
  regionCode,
}: {
  payload: Omit<ResidentEnrolmentPayload, 'promise'>;
  regionCode: string;
}) {
  const certTypes = useDictionary('certificate-types');
  const ethnicities = useDictionary('ethnicities');
  const householdTypes = useDictionary('household-types');
  return (
    <div className="enrolment-form">
      <Typography.Title level={5}>参保人基本信息</Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'certType', label: '证件类型', children: certTypes.label(payload.certType) },
          { key: 'country', label: '国家及地区', children: '中国' },
          { key: 'certNo', label: '证件号码', children: payload.certNo },
          { key: 'name', label: '姓名', children: payload.name },
          { key: 'birth', label: '出生日期', children: payload.birthDate },
          { key: 'sex', label: '性别', children: payload.sex === '1' ? '男' : '女' },
          { key: 'ethnicity', label: '民族', children: ethnicities.label(payload.ethnicity) },
          {
            key: 'householdType',
            label: '户口性质',
            children: householdTypes.label(payload.householdType),
          },
          {
            key: 'household',
            label: '户籍所在地',
            children: <DivisionName code={payload.householdDivisionCode} regionCode={regionCode} />,
          },
          {
            key: 'residence',
            label: '居住地地址',
            children: (
              <>
                <DivisionName code={payload.residenceDivisionCode} regionCode={regionCode} />{' '}
                {payload.residenceAddress}
              </>
            ),
          },
          { key: 'phone', label: '参保人或亲属手机号码', children: payload.phone, span: 2 },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        参保信息
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'unit', label: '参保单位名称', children: '-' },
          { key: 'bank', label: '手工报销发放银行名称', children: '-' },
          { key: 'account', label: '手工报销发放银行账号', children: '-', span: 2 },
        ]}
      />
    </div>
  );
}
