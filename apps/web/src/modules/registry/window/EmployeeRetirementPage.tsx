import { Card, Descriptions } from 'antd';
import {
  RETIREMENT_TYPES,
  employeeRetirementPayload,
  type RetirementFiguresReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { trimmed } from '../shared/form-rules';
import { CertLookup, certQuery, useCertLookup, type CertValues } from './CertLookup';
import { retirementRefusals } from './registry-rules';
import { RetirementForm, retirementSavedFacts } from './RetirementForm';
import { WindowSaved, useWindowIntake, type WindowIntake } from './WindowForm';

export const EMPLOYEE_RETIREMENT = 'employee-retirement';

interface Found {
  cert: CertValues;
  figures: RetirementFiguresReply;
}

/** 人员查询: the employee's months of contribution and what they lack or owe. */
async function findFigures(v: CertValues): Promise<Found> {
  const cert = { certType: v.certType, certNo: trimmed(v.certNo).toUpperCase() };
  const figures = await api.get<RetirementFiguresReply>(
    `/api/registry/retirement-figures?${certQuery(cert)}`,
  );
  return { cert, figures };
}

const shape = employeeRetirementPayload.shape;

/** 人员基本信息 and 单位基本信息 of the employee found, read-only. */
function EmployeeFacts({ found }: { found: Found }) {
  const certTypes = useDictionary('certificate-types');
  const f = found.figures;
  return (
    <Card title="人员基本信息" size="small" className="window-form-section">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        className="retirement-person"
        items={[
          { key: 'certType', label: '证件类型', children: certTypes.label(found.cert.certType) },
          { key: 'certNo', label: '证件号码', children: found.cert.certNo },
          { key: 'name', label: '姓名', children: f.name },
          { key: 'unitNo', label: '单位编号', children: f.unitNo ?? '-' },
          { key: 'unitName', label: '单位名称', children: f.unitName ?? '-', span: 2 },
        ]}
      />
    </Card>
  );
}

/** 退休信息 of the employee found: the figures, then 社保离退类型, 社保离退时间, 离退休工资. */
function RetirementEditor({ found, intake }: { found: Found; intake: WindowIntake }) {
  return (
    <RetirementForm
      intake={intake}
      cert={found.cert}
      name={found.figures.name}
      figures={found.figures}
      refusals={retirementRefusals(found.figures)}
      types={RETIREMENT_TYPES}
      shape={shape}
      className="employee-retirement-form"
      savedMessage="在职转退休办理成功"
      footnote="视同+实缴月数不足或存在欠费，不能办理在职转退休。"
      confirmTitle="确认办理在职转退休吗？"
      note="保存后即时办结，自次月起按退休人员参保，并进入复核初审、复核复审。"
      facts={<EmployeeFacts found={found} />}
    />
  );
}

/**
 * W12 (三) 单位职工在职转退休 (002 十二): 人员查询 by 证件, the employee's 视同缴费月数, 实缴月数,
 * their 差额 and 欠费月数 — 保存 is refused with 欠费 or too few months — then 社保离退类型,
 * 社保离退时间 and 离退休工资, the 申办资料 received on paper, and 保存: 即时办结, 次月生效.
 */
export default function EmployeeRetirementPage() {
  const intake = useWindowIntake(EMPLOYEE_RETIREMENT);
  const lookup = useCertLookup(findFigures);

  if (intake.done) {
    const detail = intake.done;
    return (
      <WindowSaved
        intake={intake}
        detail={detail}
        className="employee-retirement-result"
        title="在职转退休办理成功"
        subTitle="退休登记已即时办结，次月生效；待复核初审、复核复审确认，复核不通过将撤销。"
        facts={retirementSavedFacts(detail, RETIREMENT_TYPES)}
        onAgain={lookup.reset}
      />
    );
  }

  return (
    <div className="employee-retirement-window">
      <CertLookup
        state={lookup}
        idleHint="请输入证件类型和证件号码，查询要办理在职转退休的职工"
        loading={intake.loading}
      >
        {lookup.found && (
          <RetirementEditor key={lookup.found.seq} found={lookup.found.value} intake={intake} />
        )}
      </CertLookup>
    </div>
  );
}
