/** Items 三十一 to 四十一 of guide 002. */
import { ANNEXES, PHONE_DIRECTORY } from './annexes';
import { ifNeeded, need, workingDays } from './helpers';
import type { ServiceItem } from './types';

const PERSONS_AND_ORGANISATIONS =
  '自然人、事业法人、企业法人、社会组织法人、非法人企业、行政机关。';
const INSTITUTIONS = '企业法人、社会组织法人、非法人企业。';
const ID_OR_CARD = '医保电子凭证或有效身份证件或社保卡';
const EIGHT_DAYS = workingDays(8, '8 个工作日。');
const TWELVE_DAYS = workingDays(12, '12 个工作日。');
const TWENTY_FIVE_DAYS = workingDays(25, '25 个工作日。');
const SETTLEMENT_MATERIALS = [
  need('实际发生的费用明细'),
  need('州/市医保定点医院与医保经办机构对账表'),
];

export const ITEMS_31_41: readonly ServiceItem[] = [
  {
    no: 31,
    code: 'maternity-medical-costs',
    name: '生育医疗费支付',
    kind: 'business',
    featureIds: ['W31'],
    relatedFeatureIds: ['M06'],
    audience: PERSONS_AND_ORGANISATIONS,
    materials: [
      need(ID_OR_CARD),
      need('医院收费票据'),
      need('费用清单'),
      need('出院小结'),
      ifNeeded('配偶未就业证明或未就业承诺书（附件 16）（配偶未就业时提供）', {
        note: '配偶未就业时提供',
      }),
    ],
    ...EIGHT_DAYS,
    operations: ['生育医疗费用报销登记'],
  },
  {
    no: 32,
    code: 'maternity-allowance',
    name: '生育津贴支付',
    kind: 'business',
    featureIds: ['W32'],
    relatedFeatureIds: ['M07'],
    audience: PERSONS_AND_ORGANISATIONS,
    materials: [need(ID_OR_CARD), need('出院小结'), need('参保单位或参保人员的开户行及银行账号')],
    ...EIGHT_DAYS,
    operations: ['生育津贴申报'],
  },
  {
    no: 33,
    code: 'assistance-contribution-subsidy',
    name: '符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴',
    kind: 'business',
    featureIds: ['W33'],
    audience: '自然人。',
    materials: [need('救助对象身份证明')],
    ...workingDays(6, '6 个工作日。'),
    operations: ['城乡居民参保特殊身份登记'],
  },
  {
    no: 34,
    code: 'assistance-manual-reimbursement',
    name: '医疗救助对象手工（零星）报销',
    kind: 'business',
    featureIds: ['W34'],
    audience: '自然人。',
    materials: [
      need('医疗救助申请卡（附件 17）'),
      need(ID_OR_CARD),
      need(
        '基本医保、大病保险报销后的结算单、定点医疗机构处方底方或定点药店购药或其他医疗机构发票',
      ),
    ],
    ...TWELVE_DAYS,
    operations: ['零星报销登记'],
  },
  {
    no: 35,
    code: 'designated-hospital-application',
    name: '医疗机构申请定点协议管理',
    kind: 'business',
    featureIds: ['W35'],
    relatedFeatureIds: ['U20'],
    audience: INSTITUTIONS,
    materials: [
      need('定点医疗机构申请表（附件 18）'),
      need('医疗机构执业许可证或中医诊所备案证或军队医疗机构为民服务许可证照'),
      need('与医保政策对应的内部管理制度和财务制度文本'),
      need('与医保有关的医疗机构信息系统材料'),
      need('纳入定点后使用医疗保障基金的预测性分析报告。（附件 3）'),
    ],
    ...TWENTY_FIVE_DAYS,
    operations: [],
    handlingText: '收取资料后流转稽核科。',
  },
  {
    no: 36,
    code: 'designated-pharmacy-application',
    name: '零售药店申请定点协议管理',
    kind: 'business',
    featureIds: ['W36'],
    relatedFeatureIds: ['U21'],
    audience: '自然人、企业法人、非法人企业。',
    materials: [
      need('定点零售药店申请表（附件 19）'),
      need('营业执照'),
      need('药品经营许可证'),
      need('法定代表人、主要负责人或实际控制人身份证'),
      need('执业药师资格证书或药学技术人员相关证书及其劳动合同'),
      need('医保专（兼）职管理人员的劳动合同'),
      need('与医疗保障政策对应的内部管理制度和财务制度文本'),
      need('与医保有关的信息系统材料'),
      need('纳入定点后使用医疗保障基金的预测性分析报告。（附件 3）'),
    ],
    ...TWENTY_FIVE_DAYS,
    operations: [],
    handlingText: '收取资料后流转稽核科。',
  },
  {
    no: 37,
    code: 'designated-hospital-settlement',
    name: '医疗保障定点医疗机构费用结算',
    kind: 'business',
    featureIds: ['W37'],
    audience: INSTITUTIONS,
    materials: SETTLEMENT_MATERIALS,
    ...TWELVE_DAYS,
    operations: [],
    handlingText: '收取资料后分别流转至审核科、结算科。',
  },
  {
    no: 38,
    code: 'designated-pharmacy-settlement',
    name: '医疗保障定点零售药店费用结算',
    kind: 'business',
    featureIds: ['W38'],
    audience: INSTITUTIONS,
    // the guide lists the same materials as for hospitals, 定点医院 included
    materials: SETTLEMENT_MATERIALS,
    ...TWELVE_DAYS,
    operations: [],
    handlingText: '收取资料后分别流转至审核科、结算科。',
  },
  {
    no: 39,
    code: 'designated-hospital-info-change',
    name: '医保定点医疗机构基础信息变更',
    kind: 'business',
    featureIds: ['W39'],
    audience: '企业法人、社会组织法人。',
    materials: [need('医保定点医疗机构基础信息变更（参考样表）')],
    ...workingDays(10, '10 个工作日。'),
    operations: [],
    handlingText: '收取资料后资料收取并流转至相关科室。',
  },
  {
    no: 40,
    code: 'county-phone-directory',
    name: '玉溪市各县（市、区）医保电话',
    kind: 'info',
    featureIds: ['W40'],
    materials: [],
    operations: [],
    phoneDirectory: PHONE_DIRECTORY,
  },
  {
    no: 41,
    code: 'annexes',
    name: '附件',
    kind: 'info',
    featureIds: ['W41'],
    materials: [],
    operations: [],
    annexes: ANNEXES,
  },
];
