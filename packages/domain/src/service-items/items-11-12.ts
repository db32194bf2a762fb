/** Items 十一 and 十二 of guide 002. */
import { group, ifNeeded, immediate, limitText, need } from './helpers';
import type { ServiceItem } from './types';

const UNITS = '机关、事业单位、企业、社会团体、民办非企业等用人单位。';
const UNIT_EMPLOYEES = '机关、事业单位、企业、社会团体、民办非企业单位等职工。';
const FLEXIBLE =
  '灵活就业、自谋职业人员、法定劳动年龄的个体工商业户雇主及其雇工，以非全日制、临时性及弹性工作制等灵活形式就业的人员。';
const CHANGE_FORM = '《玉溪市城镇职工医疗保险参保人员变动表》（附件2）一式两份并加盖单位公章';
const DECLARE = '向医保经办机构申报。';
const NEXT_MONTH = '当月申请，次月生效。';
const NOT_IN_PERSON_BY = ['参保人身份证复印件', '办理人身份证复印件', '具有法律效力有效委托书'];

export const ITEMS_11_12: readonly ServiceItem[] = [
  {
    no: 11,
    code: 'unit-enrolment',
    name: '单位参保登记',
    kind: 'business',
    featureIds: ['W11'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '单位新参保',
        audience: '企业法人、社会组织法人、非法人企业、行政机关。',
        materials: [
          need('统一社会信用代码证书或单位批准成立的文件'),
          need('基本医疗保险单位参保信息登记表'),
        ],
        ...immediate('即时办结。'),
        operations: ['单位参保登记'],
      },
      {
        no: 2,
        name: '单位注销',
        audience: UNITS,
        materials: [need('《社会保险注销登记表》并加盖单位公章'), need('注销或解散等文件复印件')],
        ...immediate('即时办结'),
        // the screenshot's tab reads 单位注册 (OCR); the menu entry and the form are 单位注销
        operations: ['单位注销'],
      },
      {
        no: 3,
        name: '单位缴费基数申报书面稽核',
        audience: UNITS,
        materials: [
          ...group('企业单位需提供', true, [
            '在职职工提供上一年度劳资统计报表、当年底的工资发放花名册、会计明细账（工资情况部分）、财务会计报表（工资情况部分）原件及复印件；无劳资统计报表、会计明细账、财务会计报表的，需提供上一年度工资发放花名册',
            '退休人员附社保中心打印并加盖公章的《上一年企业离退休人员基本养老金单位发放情况表》',
            '单位统一社会信用代码',
          ]),
          ...group('财政全额拨款机关事业单位、自收自支事业单位、差额拨款事业单位需提供', true, [
            '在职职工附上一年工资花名册及《上一年机关工作人员年终一次性奖金发放审批表》，并附上一年养老保险申报表',
            '退休人员附机关社保中心打印并加盖公章的上一年底《单位工资数据表》',
            '单位统一社会信用代码',
          ]),
        ],
        ...immediate('即时办结'),
        operations: [],
      },
      {
        no: 4,
        name: '单位欠费核对补缴',
        audience: UNITS,
        // the guide gives no 办理时限 and no operation page for this part
        materials: [
          ifNeeded(
            '无争议的直接到税务系统平台缴纳，税务系统平台无数据的由医保窗口出具《缴费通知单》后到税务窗口录入缴纳',
            { note: '无争议的' },
          ),
          ifNeeded('有争议的提供《中华人民共和国税收完税证明》核实', { note: '有争议的' }),
        ],
        operations: [],
      },
    ],
  },
  {
    no: 12,
    code: 'employee-enrolment',
    name: '职工参保登记',
    kind: 'business',
    featureIds: ['W12'],
    relatedFeatureIds: ['U01', 'U02', 'U03'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '单位职工新参保/续保',
        audience: UNIT_EMPLOYEES,
        materials: [
          need(CHANGE_FORM),
          need(
            '聘用文件或报到证或有效劳动合同(新参保花名册)复印件并加盖单位公章，或调令或调动通知等文件复印件',
          ),
          need('职工工资表或工资批复或工资审批表等工资证明复印件并加盖单位公章'),
        ],
        ...immediate('即时办结'),
        operations: ['职工新参保续保'],
      },
      {
        no: 2,
        name: '单位职工减少',
        audience: UNIT_EMPLOYEES,
        materials: [
          need(CHANGE_FORM),
          need(
            '解除劳动合同证明书(停保花名册)或死亡证明等相关资料复印件并加盖单位公章，或调令或调动通知等文件复印件',
          ),
        ],
        ...immediate('即时办结'),
        operations: [],
      },
      {
        no: 3,
        name: '单位职工在职转退休',
        audience: UNIT_EMPLOYEES,
        materials: [
          need(CHANGE_FORM),
          need('《退休证》复印件'),
          need(
            '《XXX企业职工基本养老保险退休登记表》或《XXX企业职工基本养老保险人员提前退休核准表》或《退休呈报表》或退休批复复印件',
          ),
          need('《玉溪市城镇职工基本医疗保险视同缴费年限认定表》'),
          need(
            '《XX企业职工基本养老保险待遇审核表》或《机关事业单位工作人员领取养老保险待遇信息申报表》等养老金证明材料复印件',
          ),
        ],
        ...immediate('无欠费信息，资料齐全后即时办结办结，次月生效。'),
        operations: ['在职转退休'],
      },
      {
        no: 4,
        name: '灵活就业人员新参保/续保',
        audience: '自然人。',
        materials: [
          need('医保电子凭证或有效身份证件或金融社保卡'),
          need('《玉溪市灵活就业人员医疗保险缴费申报单》（附件3）'),
          ...group('特殊人群还需提供', false, [
            '港澳台人员参加在职职工医保的，需提供港澳居民来往内地通行证或港澳台居民居住证、建立劳动关系的证明',
            '外国人参加在职职工医保的，需提供外国人就业证件及居留证件，或外国人永久居留证',
          ]),
        ],
        materialsNote:
          '有效身份证件包括身份证、居住证、户口簿、护照、港澳居民来往内地通行证、港澳台居民居住证、外国人永久居留证。',
        ...immediate('即时办结'),
        operations: ['灵活就业人员新参保/续保'],
      },
      {
        no: 5,
        name: '灵活就业人员停保',
        audience: FLEXIBLE,
        materials: [
          need('城镇职工基本医疗保险停保申请'),
          ...group('非本人办理需提供', false, NOT_IN_PERSON_BY),
        ],
        ...immediate('即时办结'),
        operations: ['灵活就业人员参保'],
      },
      {
        no: 6,
        name: '灵活就业人员在职转退休',
        audience: FLEXIBLE,
        materials: [
          need('《退休证》复印件'),
          need(
            '《XXX企业职工基本养老保险退休登记表》或《XXX企业职工基本养老保险人员提前退休核准表》或《退休呈报表》',
          ),
          need('《玉溪市城镇职工基本医疗保险视同缴费年限认定表》'),
          need('《玉溪市城镇职工基本医疗保险参保缴费情况》'),
          need('《XX企业职工基本养老保险待遇审核表》或养老金证明资料复印件'),
        ],
        ...immediate('无欠费信息，资料齐全后当场办结，次月生效。'),
        operations: ['在职转退休'],
      },
      {
        no: 7,
        name: '灵活就业人员在职缴费',
        audience: FLEXIBLE,
        materials: [
          need('医保电子凭证或有效身份证件或金融社保卡'),
          need('《玉溪市灵活就业人员医疗保险缴费申报单》(附件3)'),
          ...group('非本人办理', false, NOT_IN_PERSON_BY),
        ],
        ...immediate('即时办结'),
        operations: ['灵活就业人员代扣核定', '灵活就业人员缴费单自动生成', '征集信息推送税务'],
      },
      {
        no: 8,
        name: '灵活就业退休人员缴纳大病保险',
        audience:
          '灵活就业、自谋职业人员、法定劳动年龄的个体工商业户雇主及其雇工，以非全日制、临时性及弹性工作制等灵活形式就业的退休人员。',
        materials: [
          need('医保电子凭证或有效身份证件或金融社保卡'),
          need('上年12月养老金证明（以下其中一项即可）', {
            alternatives: [
              '养老金发放银行存折复印件',
              '养老金发放银行账号交易清单',
              '养老待遇证明（人社局社保中心）',
            ],
          }),
          ...group('非本人办理', false, NOT_IN_PERSON_BY),
        ],
        ...immediate('即时办结'),
        operations: ['灵活就业人员代扣核定', '灵活就业人员缴费单生成', '征集信息推送服务'],
      },
      {
        no: 9,
        name: '个人欠款补缴',
        audience: '存在欠费的参保人员。',
        processText: DECLARE,
        materials: [need('参保人有效身份证'), need('《职工医保个人欠款补缴申请》（附件4）')],
        ...immediate('即时办结'),
        operations: ['单位欠款补缴'],
      },
      {
        no: 10,
        name: '退休年限补缴',
        audience: '医保年限不够的办理退休参保人员。',
        processText: DECLARE,
        materials: [
          need('参保人有效身份证'),
          need('《玉溪市城镇职工基本医疗保险视同缴费年限认定表》'),
        ],
        ...immediate('即时办结'),
        operations: ['医保退休不满年限一次性缴纳'],
      },
      {
        no: 11,
        name: '个人账户超刷补缴',
        audience: '存在账户超刷的参保人家属或单位经办人。',
        processText: DECLARE,
        materials: [need('医保电子凭证或有效身份证件或金融社保卡')],
        ...immediate('即时办结'),
        operations: [],
        handlingText: '待开发。',
      },
      {
        no: 12,
        name: '补收',
        audience: '因关系转移接续中断缴费 3 个月内的参保人员。',
        processText: DECLARE,
        materials: [
          ...group('关系转移接续最多可补缴 3 个月', true, [
            '与原单位解除劳动合同证明书(停保花名册)复印件并加盖单位公章',
            '与现单位有效劳动合同(新参保花名册)复印件并加盖单位公章',
          ]),
          ifNeeded('劳动仲裁或法院判决补缴资料'),
        ],
        ...limitText(NEXT_MONTH),
        operations: ['单位补缴核定'],
      },
      {
        no: 13,
        name: '退收',
        audience: '参保单位或中途就业灵活就业人员。',
        processText: DECLARE,
        materials: [
          need('情况说明'),
          need('死亡证明、停保花名册、新参保花名册、退休证复印件或机关事业单位录用审批表'),
        ],
        ...limitText(NEXT_MONTH),
        operations: ['医疗保险费返还/核销', '医疗保险费返还/核销审核'],
      },
      {
        no: 14,
        name: '差额补收',
        audience: '参保单位。',
        processText: DECLARE,
        materials: [
          ...group('在职', true, [
            '《玉溪市城镇职工医疗保险参保人员变动表》(附件2) 备注起始日期及调整金额',
            '情况说明，稽核科签字盖章',
            '工资待遇审批表',
          ]),
          ...group('退休', true, [
            '《玉溪市城镇职工医疗保险参保人员变动表》(附件2) 备注起始日期及调整金额',
            '退休待遇审批表',
          ]),
        ],
        ...limitText(NEXT_MONTH),
        operations: ['差额补退 (新)'],
      },
      {
        no: 15,
        name: '差额退收',
        audience: '参保单位。',
        processText: DECLARE,
        materials: [
          need('《玉溪市城镇职工医疗保险参保人员变动表》（附件2）备注起始日期及调整金额'),
          need('情况说明，稽核科签字盖章'),
          need('工资待遇审批表'),
        ],
        ...limitText(NEXT_MONTH),
        operations: [],
      },
      {
        no: 16,
        name: '退休退划',
        audience: '参保人员或参保单位。',
        processText: DECLARE,
        materials: [need('死亡证明复印件')],
        ...limitText(NEXT_MONTH),
        operations: ['医疗保险费返还/核销', '医疗保险费返还/核销审核'],
      },
      {
        no: 17,
        name: '缴费基数申报',
        audience: '参保单位。',
        processText: DECLARE,
        materials: [need('缴费基数申报电子板文件')],
        ...limitText(NEXT_MONTH),
        operations: ['缴费基数申报核定', '缴费工资申报（复核）'],
      },
      {
        no: 18,
        name: '错误封锁信息恢复',
        audience: '医疗待遇享受异常的参保人。',
        processText: DECLARE,
        materials: [need('身份证件或社保卡')],
        ...immediate('即时办结。'),
        operations: ['个人待遇恢复'],
      },
    ],
  },
];
