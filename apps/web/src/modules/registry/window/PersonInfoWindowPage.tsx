import { Alert } from 'antd';
import type { MyPersonReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import { CertLookup, certQuery, useCertLookup, type CertValues } from './CertLookup';
import { PERSON_INFO_CHANGE_WINDOW, PersonInfoEditor, refusalOf } from './PersonInfoEditor';
import { WindowSaved, useWindowIntake } from './WindowForm';

/** 人员查询: the person of the staff member's regions holding the certificate. */
const findPerson = (v: CertValues) =>
  api.get<MyPersonReply>(`/api/registry/person?${certQuery(v)}`);

/**
 * W15 (一) 职工基本信息变更 at 人员一般信息维护 (002 十五): 人员查询 by 证件类型 and 证件号码, then the
 * employee's information to change, the 申办资料 received on paper and 保存 — 即时办结, then
 * 复核初审 and 复核复审; a failed 复核 restores what was there before.
 */
export default function PersonInfoWindowPage() {
  const intake = useWindowIntake(PERSON_INFO_CHANGE_WINDOW);
  // each lookup opens a fresh form, even for the same person again
  const lookup = useCertLookup(findPerson);

  if (intake.done) {
    return (
      <WindowSaved
        intake={intake}
        detail={intake.done}
        className="person-info-result"
        title="职工基本信息变更成功"
        subTitle="人员信息已即时生效，待复核初审、复核复审确认；复核不通过将恢复变更前的信息。"
        facts={[
          ['姓名', intake.done.subjectName],
          ['证件号码', intake.done.subjectCertNo],
        ]}
        again="继续维护"
        onAgain={lookup.reset}
      />
    );
  }

  const person = lookup.found?.value;
  const refusal = person ? refusalOf(person) : null;

  return (
    <div className="person-info-window">
      <CertLookup
        state={lookup}
        idleHint="请输入证件类型和证件号码，查询要维护信息的人员"
        loading={intake.loading}
      >
        {person && refusal && (
          <Alert
            type="warning"
            showIcon
            className="window-form-section person-info-refusal"
            title={refusal}
            description={`${person.name}（${person.certNo}）`}
          />
        )}
        {lookup.found && !refusal && (
          <PersonInfoEditor key={lookup.found.seq} person={lookup.found.value} intake={intake} />
        )}
      </CertLookup>
    </div>
  );
}
