/** Items 二十一 to 三十 of guide 002. */
import { group, ifNeeded, immediate, need, workingDays } from './helpers';
import type { ServiceItem } from './types';

const PERSONS_AND_ORGANISATIONS =
  '自然人、企业法人、事业法人、社会组织法人、非法人企业、行政机关。';
/** the same list in another order, used from item 二十七 on */
const PERSONS_AND_ORGANISATIONS_2 =
  '自然人、事业法人、企业法人、社会组织法人、非法人企业、行政机关。';
const ID_OR_CARD = '医保电子凭证或有效身份证件或社保卡';
const ID_OR_FINANCIAL_CARD = '医保电子凭证或有效身份证件或金融社保卡';
const DIAGNOSED = '二级及以上定点医疗机构确诊备案。';
const TWELVE_DAYS = workingDays(12, '12 个工作日。');
const EIGHT_DAYS = workingDays(8, '8 个工作日。');

export const ITEMS_21_30: readonly ServiceItem[] = [
  {
    no: 21,
    code: 'long-term-resident-filing',
    name: '异地长期居住人员备案',
    kind: 'business',
    featureIds: ['W21'],
    relatedFeatureIds: ['P19', 'M04'],
    audience: PERSONS_AND_ORGANISATIONS,
    // 3、申办资料 is followed only by screenshots, and there is no 4、办理时限
    materials: [],
    operations: ['异地备案登记'],
  },
  {
    no: 22,
    code: 'referral-filing',
    name: '异地转诊人员备案',
    kind: 'business',
    featureIds: ['W22'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '省内正常转诊转院备案',
        audience: PERSONS_AND_ORGANISATIONS,
        materials: [need(ID_OR_CARD), need('具有转诊资质的参保地定点医疗机构开具的转诊转院申请表')],
        ...immediate('即时办结。'),
        operations: ['转诊转院登记 (省内)'],
      },
      {
        no: 2,
        name: '省外正常转诊转院备案',
        audience: PERSONS_AND_ORGANISATIONS,
        materials: [
          need(ID_OR_CARD),
          need('具有转诊资质的参保地定点医疗机构开具的转诊转院证明材料'),
        ],
        ...immediate('即时办结。'),
        // two screenshots of this page: its tabs 异地就医登记 and 异地急诊住院
        operations: ['异地备案登记'],
      },
      {
        no: 3,
        name: '省外非正常转诊转院备案',
        audience: PERSONS_AND_ORGANISATIONS,
        materials: [need(ID_OR_CARD), need('病情诊断或住院证')],
        ...immediate('即时办结。'),
        operations: ['异地备案登记'],
      },
      {
        no: 4,
        name: '特慢病门诊转诊备案',
        audience: PERSONS_AND_ORGANISATIONS,
        materials: [
          need(ID_OR_CARD),
          need(
            '具有资质的参保地定点医疗机构开具的转诊转院证明材料或具有资质的定点医疗机构就诊出院证',
          ),
        ],
        ...immediate('即时办结。'),
        // 审批类型: 特慢病转诊审批
        operations: ['待遇通用审批'],
      },
    ],
  },
  {
    no: 23,
    code: 'chronic-disease-recognition',
    name: '基本医疗保险参保人员享受门诊慢特病病种待遇认定',
    kind: 'business',
    featureIds: ['W23'],
    relatedFeatureIds: ['M03'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '特慢病门诊待遇审批备案',
        audience: PERSONS_AND_ORGANISATIONS,
        materials: [need(ID_OR_CARD), need('病情诊断证明书')],
        ...workingDays(5, '5 个工作日。'),
        operations: ['门慢门特登记', '门慢门特登记审核'],
      },
      {
        no: 2,
        name: '特慢病就诊证病种添加',
        audience: PERSONS_AND_ORGANISATIONS,
        processText: DIAGNOSED,
        materials: [need('病情诊断证明书、相关确诊资料')],
        ...immediate('即时办结。'),
        // the guide's heading here is 5、核查页面
        operations: ['门慢门特登记'],
      },
      {
        no: 3,
        name: '特慢病待遇复审',
        audience: PERSONS_AND_ORGANISATIONS,
        processText: DIAGNOSED,
        materials: [need(ID_OR_CARD), need('病情诊断证明书、相关确诊资料')],
        ...immediate('即时办结。'),
        operations: ['门慢门特登记变更'],
      },
    ],
  },
  {
    no: 24,
    code: 'unit-enrolment-query',
    name: '参保单位参保信息查询',
    kind: 'query',
    featureIds: ['W24'],
    audience: '企业法人、事业法人、社会组织法人、非法人企业、行政机关。',
    materials: [need('统一社会信用代码证或介绍信')],
    ...immediate('即时办结。'),
    // the screenshot shows the page's tabs (基本信息, 缴费明细, 职工/居民列表) but not its title
    operations: [],
  },
  {
    no: 25,
    code: 'person-enrolment-query',
    name: '参保人员参保信息查询',
    kind: 'query',
    featureIds: ['W25'],
    audience: '自然人、企业法人、事业法人、社会组织法人、非法人企业、行政机关',
    materials: [need(ID_OR_CARD)],
    ...immediate('即时办结。'),
    operations: ['人员综合查询'],
  },
  {
    no: 26,
    code: 'lump-sum-withdrawal',
    name: '参保人员个人账户一次性支取',
    kind: 'business',
    featureIds: ['W26'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '死亡人员清退账户',
        audience: PERSONS_AND_ORGANISATIONS,
        materials: [
          need(ID_OR_FINANCIAL_CARD),
          need('《职工基本医疗保险个人账户一次性支取申请表》（附件 12）'),
          need('死亡证明复印件'),
          need('继承人银行卡账户信息'),
          need('继承人身份证复印件'),
        ],
        ...workingDays(6, '6 个工作日。'),
        operations: ['个人账户清退登记', '个人账户清退审核'],
      },
      {
        no: 2,
        name: '转移人员清退账户',
        audience: '医保关系转移，新转入地未设立个人账户的。',
        materials: [
          need(ID_OR_FINANCIAL_CARD),
          need('填写《职工基本医疗保险个人账户一次性支取申请表》（附件 12）'),
          need('接续联系函(账号为空)或转入地医保经办机构未设个人账户情况说明'),
          need('参保人银行卡账户信息'),
          need('参保人身份证复印件'),
        ],
        ...workingDays(6, '6 个工作日。'),
        operations: ['个人账户清退登记', '个人账户清退审核'],
      },
    ],
  },
  {
    no: 27,
    code: 'inpatient-reimbursement',
    name: '住院费用报销',
    kind: 'business',
    featureIds: ['W27'],
    audience: PERSONS_AND_ORGANISATIONS_2,
    materials: [
      need(ID_OR_CARD),
      need('医院收费票据'),
      need('住院费用清单'),
      need('诊断证明'),
      need('银行账户信息'),
      need('出院小结'),
      ifNeeded(
        '交通事故认定书或法院判决书或调解协议书或个人承诺书（附件 13）（意外伤害就医报销时提供）',
        { note: '意外伤害就医报销时提供' },
      ),
      ifNeeded('职工伤残等级鉴定表复印件（工伤住院报销时提供）', { note: '工伤住院报销时提供' }),
      ifNeeded('法定继承人告知表及委托授权书（附件 15）（参保人死亡的情况提供）', {
        note: '参保人死亡的情况提供',
      }),
    ],
    ...TWELVE_DAYS,
    operations: ['零星报销登记'],
  },
  {
    no: 28,
    code: 'outpatient-reimbursement',
    name: '门（急）诊费用报销',
    kind: 'business',
    featureIds: ['W28'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '门（急）诊费用报销',
        audience: PERSONS_AND_ORGANISATIONS_2,
        materials: [
          ...group('门(急)诊(门诊抢救或病危通知书)', true, [
            ID_OR_CARD,
            '医院收费票据',
            '门急诊费用清单',
            '银行账户信息',
            ifNeeded('急诊诊断证明或病危通知、死亡证明(急诊报销时需要)', {
              note: '急诊报销时需要',
            }),
          ]),
          ...group('意外伤害就医', true, [
            ID_OR_CARD,
            '医院收费票据',
            '门急诊费用清单',
            '银行账户信息',
            '交通事故认定书或法院判决书或调解协议书或个人承诺书（附件 13）',
          ]),
        ],
        ...TWELVE_DAYS,
        operations: ['零星报销登记'],
      },
      {
        no: 2,
        name: '门诊特殊病慢性病费用报销',
        audience: PERSONS_AND_ORGANISATIONS_2,
        materials: [
          need(ID_OR_CARD),
          need('医院收费票据'),
          need('特殊病慢性病门诊处方'),
          need('门诊检查报告单'),
          need('银行账户信息'),
        ],
        ...TWELVE_DAYS,
        operations: ['零星报销登记'],
      },
      {
        no: 3,
        name: '门诊协议期内谈判药品费用报销',
        audience: PERSONS_AND_ORGANISATIONS_2,
        materials: [
          need(ID_OR_CARD),
          need('医院收费票据'),
          need('协议期内谈判药品门诊处方'),
          need('银行账户信息'),
          need('诊断证明'),
        ],
        ...TWELVE_DAYS,
        operations: ['零星报销登记'],
      },
    ],
  },
  {
    no: 29,
    code: 'prenatal-check-payment',
    name: '产前检查费支付',
    kind: 'business',
    featureIds: ['W29'],
    audience: PERSONS_AND_ORGANISATIONS_2,
    materials: [
      need(ID_OR_CARD),
      need('医院收费票据'),
      need('费用清单'),
      need('诊断证明或出院小结'),
    ],
    ...EIGHT_DAYS,
    operations: [],
    handlingText: '根据玉溪市政策，产前检查费用与生育医疗费用一起支付。',
  },
  {
    no: 30,
    code: 'family-planning-payment',
    name: '计划生育医疗费支付',
    kind: 'business',
    featureIds: ['W30'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '计划生育医疗费支付',
        audience: '自然人、企业法人、事业法人、社会组织法人、非法人企业、行政机关',
        materials: [
          ...group('计划生育医疗费支付住院报销', true, [
            ID_OR_CARD,
            '医院收费票据',
            '费用清单',
            '出院小结',
          ]),
          ...group('计划生育医疗费支付门诊报销', true, [
            ID_OR_CARD,
            '医院收费票据',
            '费用清单',
            '门诊病历',
          ]),
        ],
        ...EIGHT_DAYS,
        operations: ['生育医疗费用报销登记'],
      },
      {
        no: 2,
        name: '女职工助孕补助',
        audience: '自然人、企业法人、事业法人、社会组织法人、非法人企业、行政机关',
        materials: [need(ID_OR_CARD), need('医院收费票据'), need('门诊病历')],
        materialsNote: '注：需提供成功受孕依据',
        ...EIGHT_DAYS,
        operations: ['生育医疗费用报销登记'],
      },
    ],
  },
];
