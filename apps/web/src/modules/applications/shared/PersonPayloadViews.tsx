import { Space, Typography } from 'antd';
import { CheckSquareOutlined } from '@ant-design/icons';
import { useDivisionTree } from '../../../shared/DivisionCascader';
import {
  PERSON_INFO_LABELS,
  PERSON_INFO_SECTIONS,
  WINDOW_PERSON_INFO_LABELS,
  WINDOW_PERSON_INFO_SECTIONS,
  type PersonInfoField,
} from '../../registry/shared/person-info-form';
import {
  RESIDENT_LABELS,
  WINDOW_RESIDENT_LABELS,
  type ResidentLabels,
} from '../../registry/shared/resident-form';
import { Section, divisionOf, nowrap, text, useNames, yesNo, type Payload } from './payload-parts';

interface ViewProps {
  payload: Payload;
  regionCode: string;
}

/** 参保人基本信息 of 居民新参保登记: the person, their household and where they live. */
function useResidentItems(p: Payload, regionCode: string, labels: ResidentLabels) {
  const names = useNames();
  return [
    { label: labels.certType, value: names.cert(text(p.certType)) },
    { label: labels.certNo, value: nowrap(p.certNo) },
    { label: labels.name, value: text(p.name) },
    { label: labels.birthDate, value: text(p.birthDate) },
    { label: labels.sex, value: names.sex(text(p.sex)) },
    { label: labels.ethnicity, value: names.ethnicity(text(p.ethnicity)) },
    { label: labels.householdType, value: names.household(text(p.householdType)) },
    { label: labels.householdDivisionCode, value: divisionOf(p.householdDivisionCode, regionCode) },
    {
      label: labels.residenceAddress,
      value: (
        <>
          {divisionOf(p.residenceDivisionCode, regionCode)} {text(p.residenceAddress)}
        </>
      ),
    },
    { label: labels.phone, value: nowrap(p.phone) },
  ];
}

/** 参保人户籍地, 准入人员类别 and, for a 外埠 household, 是否为学生儿童. */
function useHouseholdItems(p: Payload, labels: ResidentLabels) {
  const names = useNames();
  const local = p.localHousehold === true;
  return [
    { label: labels.localHousehold, value: local ? '参保人为本市户籍' : '参保人为外埠户籍' },
    { label: labels.admissionCategory, value: names.category(text(p.admissionCategory)) },
    ...(local ? [] : [{ label: labels.studentOrChild, value: yesNo(p.studentOrChild) }]),
  ];
}

/** 城乡居民基本医疗保险增员申办单 (000 §1 居民新参保登记): 参保人基本信息, 参保信息. */
export function ResidentEnrolmentForm({ payload: p, regionCode }: ViewProps) {
  const tree = useDivisionTree(regionCode);
  const person = useResidentItems(p, regionCode, RESIDENT_LABELS);
  const household = useHouseholdItems(p, RESIDENT_LABELS);
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Typography.Title level={4} className="payload-form-title">
        {tree.data?.label ?? ''}城乡居民基本医疗保险增员申办单
      </Typography.Title>
      <Section title="参保人基本信息" items={person} />
      <Section
        title="参保信息"
        items={[
          {
            label: '是否为本人的办理',
            value: p.forWhom === 'other' ? '为他人办理' : '为自己办理',
          },
          ...household,
        ]}
      />
      {p.promise === true && (
        <Typography.Text className="payload-promise">
          <CheckSquareOutlined /> 已知晓并承诺如实填写申报信息
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * 城乡居民新参保/续保 at the window (002 十三 (一)): 居民单位信息 (the 基层医保区划) and 人员基本信息
 * as the clerk entered them from the paper 参保登记表.
 */
export function WindowResidentEnrolmentForm({ payload: p, regionCode }: ViewProps) {
  const tree = useDivisionTree(regionCode);
  const person = useResidentItems(p, regionCode, WINDOW_RESIDENT_LABELS);
  const household = useHouseholdItems(p, WINDOW_RESIDENT_LABELS);
  const names = useNames();
  const statuses = [
    { label: '政治面貌', value: names.political(text(p.politicalStatus)) },
    { label: '婚姻状态', value: names.marital(text(p.maritalStatus)) },
    { label: '学籍编号', value: nowrap(p.studentNo) },
  ];
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="居民单位信息"
        items={[
          { label: '基层医保区划名称', value: tree.data?.label ?? text(p.regionCode) },
          { label: '基层医保区划编号', value: nowrap(p.regionCode) },
        ]}
      />
      <Section title="人员基本信息" items={[...person, ...statuses, ...household]} />
    </Space>
  );
}

/** One field of 职工个人基本信息变更, codes by their names. */
function usePersonInfoValue(p: Payload, regionCode: string) {
  const names = useNames();
  return (field: PersonInfoField) => {
    const v = p[field];
    switch (field) {
      case 'ethnicity':
        return names.ethnicity(text(v));
      case 'education':
        return names.education(text(v));
      case 'bankCode':
        return names.bank(text(v));
      case 'householdDivisionCode':
      case 'residenceDivisionCode':
        return divisionOf(v, regionCode);
      case 'phone':
      case 'contactPhone':
      case 'bankAccount':
        return nowrap(v);
      default:
        return text(v);
    }
  };
}

/** 职工个人基本信息变更 (000 §1): 职工个人基本信息, 职工个人参保信息, three pairs a row. */
export function PersonInfoChangeForm({ payload, regionCode }: ViewProps) {
  const value = usePersonInfoValue(payload, regionCode);
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      {PERSON_INFO_SECTIONS.map((s) => (
        <Section
          key={s.title}
          title={s.title}
          column={3}
          items={s.fields.map((f) => ({ label: PERSON_INFO_LABELS[f], value: value(f) }))}
        />
      ))}
    </Space>
  );
}

/**
 * 职工基本信息变更 at 人员一般信息维护 (002 十五 (一)): the person's certificate, then 人员基本信息,
 * 联系信息 and 银行信息 as the window's page groups them, two pairs a row.
 */
export function WindowPersonInfoChangeForm({ payload, regionCode }: ViewProps) {
  const names = useNames();
  const value = usePersonInfoValue(payload, regionCode);
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      {WINDOW_PERSON_INFO_SECTIONS.map((s, i) => (
        <Section
          key={s.title}
          title={s.title}
          items={[
            // the person is found by the certificate, which this business does not change
            ...(i === 0
              ? [
                  { label: '证件类型', value: names.cert(text(payload.certType)) },
                  { label: '证件号码', value: nowrap(payload.certNo) },
                ]
              : []),
            ...s.fields.map((f) => ({ label: WINDOW_PERSON_INFO_LABELS[f], value: value(f) })),
            ...(i === 0
              ? [
                  { label: '政治面貌', value: names.political(text(payload.politicalStatus)) },
                  { label: '婚姻状态', value: names.marital(text(payload.maritalStatus)) },
                ]
              : []),
          ]}
        />
      ))}
    </Space>
  );
}
