import {
  FLEXIBLE_RETIREMENT_TYPES,
  flexibleRetirementPayload,
  type FlexibleWindowPersonReply,
  type RetirementFiguresReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { CertLookup, certQuery, useCertLookup, type CertValues } from './CertLookup';
import {
  FlexibleEnrolmentsTable,
  FlexiblePersonFacts,
  findFlexiblePerson,
} from './FlexiblePersonParts';
import { retirementRefusals } from './registry-rules';
import { RetirementForm, retirementSavedFacts } from './RetirementForm';
import { WindowSaved, useWindowIntake, type WindowIntake } from './WindowForm';

export const FLEXIBLE_RETIREMENT = 'flexible-retirement';

interface Found {
  cert: CertValues;
  person: FlexibleWindowPersonReply;
  figures: RetirementFiguresReply;
}

/** 人员查询: the person, their enrolments, and their months of contribution. */
async function find(v: CertValues): Promise<Found> {
  const person = await findFlexiblePerson(v);
  const cert = { certType: person.certType, certNo: person.certNo };
  const figures = await api.get<RetirementFiguresReply>(
    `/api/registry/retirement-figures?${certQuery(cert)}`,
  );
  return { cert, person, figures };
}

const shape = flexibleRetirementPayload.shape;

/** Why 保存 is refused: not a flexible worker in service, 欠费, or too few months. */
function refusalsOf(found: Found): string[] {
  const inService = found.person.enrolments.some(
    (e) => e.status === '正常参保' && e.personType === '14',
  );
  return [
    ...(inService ? [] : ['该人员不是正常参保的灵活就业人员，不能办理在职转退休']),
    ...retirementRefusals(found.figures),
  ];
}

/** 退休信息 of the person found: the figures, then 社保离退类型, 社保离退时间, 离退休工资. */
function RetirementEditor({ found, intake }: { found: Found; intake: WindowIntake }) {
  return (
    <RetirementForm
      intake={intake}
      cert={found.cert}
      name={found.person.name}
      figures={found.figures}
      refusals={refusalsOf(found)}
      types={FLEXIBLE_RETIREMENT_TYPES}
      shape={shape}
      className="flexible-retirement-form"
      savedMessage="灵活就业人员在职转退休办理成功"
      footnote="不满足在职转退休的条件，不能保存。"
      confirmTitle="确认办理灵活就业人员在职转退休吗？"
      note="保存后即时办结，自次月起按灵活就业退休人员参保，并进入复核初审、复核复审。"
      facts={<FlexiblePersonFacts person={found.person} />}
    >
      <FlexibleEnrolmentsTable rows={found.person.enrolments} />
    </RetirementForm>
  );
}

/**
 * W12 (六) 灵活就业人员在职转退休 (002 十二): 人员查询 by 证件, the worker's 人员基本信息, 单位基本信息,
 * 视同缴费月数, 实缴月数, their 差额 and 欠费月数 — 保存 is refused with 欠费 or too few months —
 * then 社保离退类型, 社保离退时间 and 离退休工资, 人员参保信息, the 申办资料 received on paper, and
 * 保存: 即时办结, 次月生效.
 */
export default function FlexibleRetirementPage() {
  const intake = useWindowIntake(FLEXIBLE_RETIREMENT);
  const lookup = useCertLookup(find);

  if (intake.done) {
    const detail = intake.done;
    return (
      <WindowSaved
        intake={intake}
        detail={detail}
        className="flexible-retirement-result"
        title="灵活就业人员在职转退休办理成功"
        subTitle="退休登记已即时办结，次月生效；待复核初审、复核复审确认，复核不通过将撤销。"
        facts={retirementSavedFacts(detail, FLEXIBLE_RETIREMENT_TYPES)}
        onAgain={lookup.reset}
      />
    );
  }

  return (
    <div className="flexible-retirement-window">
      <CertLookup
        state={lookup}
        idleHint="请输入证件类型和证件号码，查询要办理在职转退休的灵活就业人员"
        loading={intake.loading}
      >
        {lookup.found && (
          <RetirementEditor key={lookup.found.seq} found={lookup.found.value} intake={intake} />
        )}
      </CertLookup>
    </div>
  );
}
