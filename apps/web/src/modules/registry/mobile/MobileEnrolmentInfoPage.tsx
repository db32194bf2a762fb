import { Button, ErrorBlock, List, Tag } from 'antd-mobile';
import { errorMessage } from '../../../shared/api';
import { yuanText } from '../../../shared/format';
import { PageLoading } from '../../auth/mobile/RequireMobileSignIn';
import { useMyPerson } from '../../applications/applicant/applicantApi';
import { useNames } from '../window/person-query/display';
import { hospitalSlots, useMyEnrolments, useMyHospitals } from '../personal/myRegistryApi';
import './mobile-registry.css';

/** antd-mobile's colour of an enrolment's or a contribution month's status. */
const STATUS_COLORS: Readonly<Record<string, string>> = {
  正常参保: 'success',
  暂停参保: 'warning',
  终止参保: 'default',
  已到账: 'success',
  欠费: 'danger',
};

/** A status word (正常参保, 已到账 …) as a tag. */
export function MobileStatusWord({ status }: { status: string }) {
  return (
    <Tag color={STATUS_COLORS[status] ?? 'primary'} fill="outline" className="m-status-tag">
      {status}
    </Tag>
  );
}

/** A failed load, with 重试. */
export function MobileLoadFailed({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="m-query-error">
      <ErrorBlock status="default" title="加载失败" description={errorMessage(error)} />
      <Button block color="primary" fill="outline" onClick={retry}>
        重试
      </Button>
    </div>
  );
}

/**
 * 查询服务 › 参保信息 (003, M08): who the person is, each insurance type with its status, dates,
 * unit and base, and the 定点医疗机构 chosen.
 */
export default function MobileEnrolmentInfoPage() {
  const me = useMyPerson();
  const enrolments = useMyEnrolments();
  const hospitals = useMyHospitals();
  const names = useNames();

  if (me.isPending || enrolments.isPending) return <PageLoading />;
  if (me.isError) return <MobileLoadFailed error={me.error} retry={() => void me.refetch()} />;
  if (enrolments.isError) {
    return <MobileLoadFailed error={enrolments.error} retry={() => void enrolments.refetch()} />;
  }
  const p = me.data;
  const items = enrolments.data.items;
  const chosen = hospitalSlots(hospitals.data?.items).filter((s) => s.chosen);

  return (
    <div className="m-query">
      <section className="m-page-head">
        <h1 className="m-page-title">参保信息</h1>
        <p className="m-page-sub">查看本人的参保险种、参保状态和参保单位</p>
      </section>
      <List header="个人信息" className="m-list m-facts">
        <List.Item extra={p.name}>姓名</List.Item>
        <List.Item extra={p.personNo || '-'}>个人编号</List.Item>
        <List.Item extra={names.cert(p.certType)}>证件类型</List.Item>
        <List.Item extra={p.certNo}>证件号码</List.Item>
        <List.Item extra={names.category(p.personCategory) || '-'}>人员类别</List.Item>
        <List.Item extra={p.unitName || '-'}>参保单位</List.Item>
      </List>
      {items.length === 0 ? (
        <ErrorBlock status="empty" title="暂无参保信息" description="您目前没有参保记录" />
      ) : (
        items.map((e) => (
          <List
            key={`${e.insuranceType}-${e.startDate}-${e.status}`}
            header={names.insurance(e.insuranceType)}
            className="m-list m-facts m-enrolment"
          >
            <List.Item extra={<MobileStatusWord status={e.status} />}>参保状态</List.Item>
            <List.Item extra={names.personType(e.personType) || '-'}>参保身份</List.Item>
            <List.Item extra={e.startDate}>参保开始日期</List.Item>
            {e.endDate && <List.Item extra={e.endDate}>参保终止日期</List.Item>}
            <List.Item extra={e.unitName || '-'}>参保单位</List.Item>
            {e.contributionBaseFen > 0 && (
              <List.Item extra={yuanText(e.contributionBaseFen)}>缴费基数</List.Item>
            )}
          </List>
        ))
      )}
      {chosen.length > 0 && (
        <List header="定点医疗机构" className="m-list m-facts">
          {chosen.map(({ slot, chosen: h }) => (
            <List.Item key={slot} extra={h?.name}>
              定点医疗机构{slot}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
