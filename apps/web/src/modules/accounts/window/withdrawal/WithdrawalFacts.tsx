import { Card, Descriptions, Tag, Typography } from 'antd';
import type { WithdrawalPerson } from '@yibao/contracts';
import { useDictionary } from '../../../../shared/dictionaries';
import { formatDateTime, yuanText } from '../../../../shared/format';

const ACCOUNT_COLORS: Readonly<Record<string, string>> = {
  正常: 'green',
  冻结: 'orange',
  销户: 'default',
};

/** 人员基本信息 and 个人账户信息 of the person found: what the clerk checks before 登记. */
export function WithdrawalPersonFacts({ found }: { found: WithdrawalPerson }) {
  const certTypes = useDictionary('certificate-types');
  const sexes = useDictionary('sexes');
  const e = found.enrolment;
  const a = found.account;
  return (
    <>
      <Card title="人员基本信息" size="small" className="window-form-section">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          className="withdrawal-person"
          items={[
            { key: 'name', label: '姓名', children: found.name },
            { key: 'certType', label: '证件类型', children: certTypes.label(found.certType) },
            { key: 'certNo', label: '证件号码', children: found.certNo },
            { key: 'personNo', label: '个人编号', children: found.personNo },
            { key: 'sex', label: '性别', children: sexes.label(found.sex) },
            { key: 'birth', label: '出生日期', children: found.birthDate },
            {
              key: 'status',
              label: '人员状态',
              children: (
                <Tag color={found.personStatus === '正常' ? 'green' : 'default'}>
                  {found.personStatus}
                </Tag>
              ),
            },
            { key: 'death', label: '死亡日期', children: found.deathDate ?? '-' },
            {
              key: 'enrolment',
              label: '职工医保参保状态',
              children: e ? `${e.status}${e.endDate ? `（${e.endDate} 停保）` : ''}` : '未参保',
            },
            { key: 'unit', label: '单位名称', children: e?.unitName ?? '-', span: 3 },
          ]}
        />
      </Card>
      <Card title="个人账户信息" size="small" className="window-form-section">
        {a ? (
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            className="withdrawal-account"
            items={[
              {
                key: 'balance',
                label: '账户余额',
                children: (
                  <Typography.Text strong className="withdrawal-balance">
                    {yuanText(a.balanceFen)}
                  </Typography.Text>
                ),
              },
              {
                key: 'status',
                label: '账户状态',
                children: <Tag color={ACCOUNT_COLORS[a.status] ?? 'default'}>{a.status}</Tag>,
              },
              { key: 'opened', label: '开户时间', children: formatDateTime(a.openedAt) },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">该人员没有职工医保个人账户</Typography.Text>
        )}
      </Card>
    </>
  );
}
