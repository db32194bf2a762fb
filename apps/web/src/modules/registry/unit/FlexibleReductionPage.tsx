import { useState } from 'react';
import { App, Card, Form, Radio } from 'antd';
import { AgencyOnly } from './AgencyOnly';
import { DeathReduction } from './DeathReduction';
import { GeneralReduction } from './GeneralReduction';
import './flexible.css';

type Kind = 'death' | 'general';

/** The guide's question before 普通减员. */
export const GENERAL_ONLY_IN_BATCH = '当前功能只能批量操作普通减员，是否确认操作';

/**
 * U03 灵活就业人员减员申报 (001 §一): * 业务办理类型 死亡减员 (one person with the 死亡证明, 需要前台经办
 * 落地审核) or 普通减员 (the agency's persons ticked in 人员信息列表, 系统自助审核).
 */
export default function FlexibleReductionPage() {
  return (
    <AgencyOnly>
      <Reduction />
    </AgencyOnly>
  );
}

function Reduction() {
  const { modal } = App.useApp();
  const [kind, setKind] = useState<Kind>('death');
  // each 办理 starts afresh: 继续办理 and a change of 业务办理类型 remount the forms
  const [round, setRound] = useState(0);

  const choose = (next: Kind) => {
    if (next === kind) return;
    if (next === 'death') {
      setKind('death');
      return;
    }
    modal.confirm({
      title: '提示',
      content: GENERAL_ONLY_IN_BATCH,
      okText: '确定',
      cancelText: '取消',
      onOk: () => setKind('general'),
    });
  };
  const again = () => setRound((r) => r + 1);

  return (
    <>
      <Card title="灵活就业人员减员申报" className="applicant-section flex-reduction-kind">
        <Form layout="inline">
          <Form.Item label="业务办理类型" required>
            <Radio.Group
              value={kind}
              onChange={(e) => choose(e.target.value as Kind)}
              options={[
                { value: 'death', label: '死亡减员' },
                { value: 'general', label: '普通减员' },
              ]}
            />
          </Form.Item>
        </Form>
      </Card>
      {kind === 'death' ? (
        <DeathReduction key={`death-${round}`} onAgain={again} />
      ) : (
        <GeneralReduction key={`general-${round}`} onAgain={again} />
      )}
    </>
  );
}
