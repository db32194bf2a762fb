import { Space } from 'antd';
import { WITHDRAWAL_PAYEE, withdrawalKindOf } from '@yibao/contracts';
import { useDictionary } from '../../../../shared/dictionaries';
import { DivisionName } from '../../../applications/shared/DivisionName';
import {
  Section,
  nowrap,
  text,
  useNames,
  type Payload,
} from '../../../applications/shared/payload-parts';
import { kindPart } from './withdrawalApi';

export interface WithdrawalPayloadViewProps {
  businessCode: string;
  payload: Payload;
  /** the application's pooling region (names a 转入地 when no name is given) */
  regionCode: string;
  /** the subject's name: the 户名 of a transfer's account */
  subjectName?: string;
  /** 转入地 as the server names it */
  transferRegionName?: string | null;
}

/**
 * A registration of 个人账户清退 as its page groups it: 清退信息, 继承人信息 (死亡) or 转移信息,
 * 银行信息 — codes by their names. The bank account shows in full: the reviewer checks it against
 * the bank card received.
 */
export function WithdrawalPayloadView({
  businessCode,
  payload: p,
  regionCode,
  subjectName,
  transferRegionName,
}: WithdrawalPayloadViewProps) {
  const names = useNames();
  const relation = useDictionary('relations').label;
  const kind = withdrawalKindOf(businessCode);
  const death = kind === 'death';
  const holder = death ? text(p.heirName) : (subjectName ?? '-');
  return (
    <Space
      orientation="vertical"
      size={16}
      className="payload-view withdrawal-payload"
      style={{ width: '100%' }}
    >
      <Section
        title="清退信息"
        items={[
          { label: '证件类型', value: names.cert(text(p.certType)) },
          { label: '证件号码', value: nowrap(p.certNo) },
          { label: '拨付对象', value: WITHDRAWAL_PAYEE },
          { label: '清退原因', value: kindPart(kind) },
          { label: '联系电话', value: nowrap(p.phone) },
          ...(death
            ? [{ label: '死亡日期', value: text(p.deathDate) }]
            : [
                {
                  label: '转入地',
                  value: transferRegionName ?? (
                    <DivisionName code={text(p.transferRegionCode)} regionCode={regionCode} />
                  ),
                },
                { label: '转移日期', value: text(p.transferDate) },
              ]),
          { label: '备注', value: text(p.remark), span: 2 },
        ]}
      />
      {death && (
        <Section
          title="继承人信息"
          items={[
            { label: '继承人姓名', value: text(p.heirName) },
            { label: '与死者关系', value: relation(text(p.heirRelation)) },
            { label: '证件类型', value: names.cert(text(p.heirCertType)) },
            { label: '证件号码', value: nowrap(p.heirCertNo) },
            { label: '常住地址', value: text(p.heirAddress), span: 2 },
          ]}
        />
      )}
      <Section
        title="银行信息"
        items={[
          { label: '银行大类', value: names.bank(text(p.bankCode)) },
          { label: '开户行', value: text(p.bankBranch) },
          { label: '银行账号', value: nowrap(p.bankAccount) },
          { label: '户名', value: holder },
        ]}
      />
    </Space>
  );
}
