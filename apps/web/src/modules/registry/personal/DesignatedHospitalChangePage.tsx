import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { Alert, App, Button, Card, Descriptions, Result, Space, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ApiError, errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY } from '../../../shared/ServerTable';
import { MY_PERSON_KEY, useMyPerson } from '../../applications/applicant/applicantApi';
import { applicationApi } from '../../applications/shared';
import { nowrap, orDash } from '../window/person-query/display';
import { HospitalSearch } from './HospitalSearch';
import {
  EMPLOYEE_INSURANCE,
  MY_HOSPITALS_KEY,
  hospitalSlots,
  useMyHospitals,
  type HospitalCandidate,
} from './myRegistryApi';
import './personal-registry.css';

export const DESIGNATED_HOSPITAL_CHANGE = 'designated-hospital-change';
const NOT_EMPLOYEE = '您不是职工参保人员，不能办理职工个人定点医疗机构变更';

type SlotRow = ReturnType<typeof hospitalSlots>[number];

/** The page's state when it cannot be used: a refusal, with the way back. */
function Refused({ title }: { title: string }) {
  return (
    <Card>
      <Result
        status="warning"
        title={title}
        extra={
          <LinkButton to="/personal" type="primary" size="large">
            返回服务大厅
          </LinkButton>
        }
      />
    </Card>
  );
}

/** 查看业务反馈结果: 审核通过, or 审核不通过 with the rules' reason. */
function Feedback({
  detail,
  change,
  onAgain,
}: {
  detail: ApplicationDetail;
  /** 定点医疗机构N → the hospital, as asked */
  change: string;
  onAgain: () => void;
}) {
  const ok = detail.status === 'approved';
  const refused = detail.status === 'rejected';
  return (
    <Card title="业务反馈结果" className="applicant-section">
      <Result
        status={ok ? 'success' : refused ? 'error' : 'info'}
        title={
          ok
            ? '职工个人定点医疗机构变更成功'
            : refused
              ? '职工个人定点医疗机构变更未通过'
              : '职工个人定点医疗机构变更已提交'
        }
        subTitle={
          <Space orientation="vertical" size={4}>
            <span>变更内容：{change}</span>
            <span>审核状态：{detail.statusLabel}</span>
            {detail.decisionReason && (
              <span className="feedback-reason">原因：{detail.decisionReason}</span>
            )}
            <span>办件编号：{detail.applicationNo}</span>
          </Space>
        }
        extra={
          <Space size={16} wrap>
            <Button size="large" onClick={onAgain}>
              继续变更
            </Button>
            <LinkButton to="/personal" type="primary" size="large">
              返回服务大厅
            </LinkButton>
          </Space>
        }
      />
    </Card>
  );
}

/**
 * P13 职工个人定点医疗机构变更 (000 §1 我要办): 选择需要修改的定点医疗机构, search the hospital by
 * name, 【选择】 it, 【提交】 and 【确定】; decided at once (系统自助审核), then 业务反馈结果.
 * Employees only: anyone else sees why not.
 */
export default function DesignatedHospitalChangePage() {
  const me = useMyPerson();
  const hospitals = useMyHospitals();
  const levels = useDictionary('hospital-levels');
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [slot, setSlot] = useState<number | null>(null);
  const [hospital, setHospital] = useState<HospitalCandidate | null>(null);
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = useMutation({
    mutationFn: (payload: { slot: number; institutionCode: string }) =>
      applicationApi.submit({
        businessCode: DESIGNATED_HOSPITAL_CHANGE,
        channel: 'personal',
        payload,
        materialIds: [],
        paperItems: [],
      }),
    onSuccess: (detail) => {
      setDone(detail);
      void client.invalidateQueries({ queryKey: MY_HOSPITALS_KEY });
      void client.invalidateQueries({ queryKey: MY_PERSON_KEY });
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 403) setRefusal(error.message);
      else void message.error(errorMessage(error));
    },
  });

  if (me.isPending || hospitals.isPending) {
    return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  }
  const failed = me.isError ? me : hospitals.isError ? hospitals : null;
  if (failed) {
    return (
      <Alert
        type="error"
        showIcon
        title="定点医疗机构加载失败"
        description={errorMessage(failed.error)}
        action={
          <Button size="small" onClick={() => void failed.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  if (refusal) return <Refused title={refusal} />;
  if (!me.data?.activeInsuranceTypes.includes(EMPLOYEE_INSURANCE)) {
    return <Refused title={NOT_EMPLOYEE} />;
  }

  const again = () => {
    setDone(null);
    setSlot(null);
    setHospital(null);
  };
  if (done) {
    return (
      <Feedback
        detail={done}
        change={`定点医疗机构${slot ?? ''} 变更为 ${hospital?.name ?? ''}`}
        onAgain={again}
      />
    );
  }

  const chosen = hospitals.data?.items ?? [];
  const required = hospitals.data?.requiredSlots ?? [];
  const rows = hospitalSlots(chosen);
  const current = rows.find((r) => r.slot === slot)?.chosen;

  const confirm = () => {
    if (slot === null || !hospital) return;
    modal.confirm({
      title: '操作提示',
      content: `确定将定点医疗机构${slot}变更为“${hospital.name}”吗？`,
      okText: '确定',
      cancelText: '取消',
      onOk: () =>
        submit.mutateAsync({ slot, institutionCode: hospital.code }).catch(() => undefined),
    });
  };

  const columns: ColumnsType<SlotRow> = [
    {
      title: '定点医疗机构',
      key: 'slot',
      render: (_: unknown, r) => (
        <span className="slot-label">
          定点医疗机构{r.slot}
          {required.includes(r.slot) && <Tag color="blue">必选</Tag>}
        </span>
      ),
    },
    { title: '医院名称', key: 'name', render: (_: unknown, r) => orDash(r.chosen?.name) },
    {
      title: '医院等级',
      key: 'level',
      render: (_: unknown, r) => nowrap(orDash(levels.label(r.chosen?.level))),
    },
    { title: '选定日期', key: 'on', render: (_: unknown, r) => nowrap(r.chosen?.chosenOn) },
  ];

  return (
    <div className="hospital-change">
      <Card title="选择需要修改的定点医疗机构" className="applicant-section">
        <Alert
          type="info"
          showIcon
          className="hospital-change-note"
          title="定点医疗机构1、定点医疗机构2为必选项；只能选择参保地的定点医疗机构，同一医院不能重复选择。"
        />
        <Table<SlotRow>
          className="hospital-slots"
          rowKey="slot"
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={false}
          rowSelection={{
            type: 'radio',
            selectedRowKeys: slot === null ? [] : [slot],
            onChange: (keys) => setSlot(Number(keys[0])),
            columnWidth: 56,
          }}
          onRow={(r) => ({ onClick: () => setSlot(r.slot), className: 'hospital-slot-row' })}
        />
      </Card>
      <Card title="查询变更后的医院" className="applicant-section">
        <HospitalSearch
          regionCode={me.data.regionCode}
          chosen={chosen}
          selected={hospital}
          onSelect={setHospital}
        />
      </Card>
      <Card title="变更信息" className="applicant-section">
        <Descriptions
          bordered
          size="small"
          layout="vertical"
          column={{ xs: 1, md: 3 }}
          className="hospital-change-summary"
          items={[
            {
              key: 'slot',
              label: '变更的定点医疗机构',
              children: slot === null ? '请在上方选择' : `定点医疗机构${slot}`,
            },
            { key: 'before', label: '变更前医院', children: orDash(current?.name) },
            {
              key: 'after',
              label: '变更后医院',
              children: hospital?.name ?? '请查询并选择医院',
            },
          ]}
        />
        <Space className="applicant-actions" size={16}>
          <Button
            size="large"
            onClick={() => {
              setSlot(null);
              setHospital(null);
            }}
          >
            重置
          </Button>
          <Button
            type="primary"
            size="large"
            disabled={slot === null || !hospital}
            loading={submit.isPending}
            onClick={confirm}
          >
            提交
          </Button>
        </Space>
      </Card>
    </div>
  );
}
