import { CARDLESS_APPROVAL_TYPE } from '@yibao/contracts';
import {
  Section,
  nowrap,
  text,
  useNames,
  type Payload,
} from '../../applications/shared/payload-parts';

/** The 申办单 of 开通无卡结算 (W13 (四)) and of 个人缴费补贴 (W33) as 办件审核 shows them. */

function useCertItems(p: Payload) {
  const names = useNames();
  return [
    { label: '证件类型', value: names.cert(text(p.certType)) },
    { label: '证件号码', value: nowrap(p.certNo) },
  ];
}

/** W13 (四) 开通无卡结算: the newborn and the period. */
export function CardlessSettlementForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  return (
    <Section
      title="开通无卡结算"
      items={[
        ...cert,
        { label: '审批类型', value: CARDLESS_APPROVAL_TYPE },
        { label: '开始日期', value: text(p.startDate) },
        { label: '结束日期', value: p.endDate ? text(p.endDate) : '长期' },
      ]}
    />
  );
}

/** W33 个人缴费补贴: the resident and the 缴费年度 (the amounts are computed at approval). */
export function AssistanceSubsidyForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  return (
    <Section
      title="救助对象信息"
      items={[...cert, { label: '缴费年度', value: `${text(p.year)}年` }]}
    />
  );
}
