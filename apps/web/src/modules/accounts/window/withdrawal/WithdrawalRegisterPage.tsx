import { useEffect, useState } from 'react';
import { Button, Form, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import type { WithdrawalKind, WithdrawalPerson } from '@yibao/contracts';
import { useDictionary } from '../../../../shared/dictionaries';
import { yuanText } from '../../../../shared/format';
import { trimmed } from '../../../registry/shared/form-rules';
import {
  CertLookup,
  certQuery,
  useCertLookup,
  type CertValues,
} from '../../../registry/window/CertLookup';
import { isoDay } from '../../../registry/window/fields';
import { SavedResult } from '../../../registry/window/parts';
import {
  WindowForm,
  useFormColumn,
  useWindowIntake,
  type WindowIntake,
} from '../../../registry/window/WindowForm';
import { WithdrawalPersonFacts } from './WithdrawalFacts';
import {
  BankSection,
  HeirSection,
  WithdrawalInfoSection,
  transferRegionOf,
  type WithdrawalFormValues,
} from './WithdrawalSections';
import {
  businessCodeOf,
  isWithdrawalKind,
  kindPart,
  withdrawalApi,
  withdrawalFormUrl,
} from './withdrawalApi';
import './withdrawal.css';

const findPerson = (v: CertValues) => withdrawalApi.person(certQuery(v));

/** The payload of the kind chosen: the registry's certificate, trimmed text, days as YYYY-MM-DD. */
function toPayload(found: WithdrawalPerson, kind: WithdrawalKind, v: WithdrawalFormValues) {
  const common = {
    certType: found.certType,
    certNo: found.certNo,
    phone: trimmed(v.phone),
    bankCode: v.bankCode ?? '',
    bankBranch: trimmed(v.bankBranch),
    bankAccount: trimmed(v.bankAccount),
    remark: trimmed(v.remark),
  };
  if (kind === 'transfer') {
    return {
      ...common,
      transferRegionCode: transferRegionOf(v.transferRegion),
      transferDate: isoDay(v.transferDate),
    };
  }
  return {
    ...common,
    deathDate: isoDay(v.deathDate),
    heirName: trimmed(v.heirName),
    heirCertType: v.heirCertType ?? '',
    heirCertNo: trimmed(v.heirCertNo).toUpperCase(),
    heirRelation: v.heirRelation ?? '',
    heirAddress: trimmed(v.heirAddress),
  };
}

/** 个人账户清退登记 of the person found: 清退信息, 继承人信息 (死亡), 银行信息, 申办资料, 保存. */
function WithdrawalEditor({
  found,
  kind,
  onKind,
  intake,
}: {
  found: WithdrawalPerson;
  kind: WithdrawalKind;
  onKind: (kind: WithdrawalKind) => void;
  intake: WindowIntake;
}) {
  const [form] = Form.useForm<WithdrawalFormValues>();
  const col = useFormColumn();
  const banks = useDictionary('banks');
  const heirName = Form.useWatch('heirName', form);
  const refusal = found.refusals[kind];
  const holder = kind === 'death' ? trimmed(heirName) : found.name;
  const balance = found.account ? yuanText(found.account.balanceFen) : '-';

  // the other part's checklist: keep only the originals it also asks for
  useEffect(() => {
    const codes = intake.materials.map((m) => m.code);
    const ticked: string[] = form.getFieldValue('paperItems') ?? [];
    form.setFieldValue(
      'paperItems',
      ticked.filter((c) => codes.includes(c)),
    );
  }, [form, intake.materials]);

  // a transfer pays to the person's own account: offer the registry's 委托代发 account
  const ownAccount = { bankCode: found.bankCode || undefined, bankAccount: found.bankAccount };
  const onValuesChange = (changed: Partial<WithdrawalFormValues>) => {
    if (!changed.kind) return;
    onKind(changed.kind);
    if (changed.kind === 'transfer' && !form.getFieldValue('bankAccount')) {
      form.setFieldsValue(ownAccount);
    }
  };

  return (
    <>
      <WithdrawalPersonFacts found={found} />
      <WindowForm<WithdrawalFormValues>
        intake={intake}
        form={form}
        className="withdrawal-form"
        initialValues={{
          kind,
          heirCertType: '01',
          phone: found.phone,
          deathDate: found.deathDate ? dayjs(found.deathDate) : null,
          ...(kind === 'transfer' ? ownAccount : {}),
        }}
        toPayload={(v) => toPayload(found, kind, v)}
        fieldOfPayload={{ transferRegionCode: 'transferRegion', certNo: 'kind' }}
        savedMessage="个人账户清退登记成功"
        saveDisabled={refusal !== null}
        onValuesChange={onValuesChange}
        footer={
          refusal && (
            <Typography.Paragraph type="danger" className="window-form-footnote">
              {refusal}
            </Typography.Paragraph>
          )
        }
        confirmation={(v) => ({
          title: '确认保存个人账户清退登记吗？',
          rows: [
            ['姓名', found.name],
            ['证件号码', found.certNo],
            ['清退原因', kindPart(kind)],
            ['个人账户余额', balance],
            ['领取人（户名）', holder],
            ['开户行', `${banks.label(v.bankCode ?? '')} ${trimmed(v.bankBranch)}`],
            ['银行账号', trimmed(v.bankAccount)],
          ],
          note: '保存后进入个人账户清退审核；审核通过后，个人账户余额一次性支取至上述银行账户，个人账户销户。',
        })}
      >
        <WithdrawalInfoSection
          col={col}
          kind={kind}
          refusal={refusal}
          birthDate={found.birthDate}
        />
        {kind === 'death' && <HeirSection col={col} />}
        <BankSection col={col} holder={holder} />
      </WindowForm>
    </>
  );
}

/**
 * W26 个人账户清退登记 (002 二十六): 人员查询 by 证件, the person and their account (balance, status),
 * then 清退原因 — (一) 死亡人员清退账户 to the heir's bank account, (二) 转移人员清退账户 to the
 * person's own — the 申办资料 received on paper and 保存: the 办件 waits for 个人账户清退审核.
 * The annex's 申请表 prints from the result.
 */
export default function WithdrawalRegisterPage() {
  const params = useParams();
  const [kind, setKind] = useState<WithdrawalKind>(
    isWithdrawalKind(params.kind) ? params.kind : 'death',
  );
  const intake = useWindowIntake(businessCodeOf(kind));
  const lookup = useCertLookup(findPerson);

  if (intake.done) {
    const detail = intake.done;
    const p = detail.payload;
    const found = lookup.found?.value;
    return (
      <SavedResult
        className="withdrawal-result"
        title="个人账户清退登记成功"
        subTitle="已进入个人账户清退审核。请打印申请表交支取人签字；审核通过后个人账户余额一次性支取，个人账户销户。"
        detail={detail}
        facts={[
          { key: 'name', label: '姓名', children: detail.subjectName },
          { key: 'certNo', label: '证件号码', children: detail.subjectCertNo },
          { key: 'kind', label: '清退原因', children: kindPart(kind) },
          {
            key: 'balance',
            label: '个人账户余额',
            children: found?.account ? yuanText(found.account.balanceFen) : '-',
          },
          {
            key: 'holder',
            label: '领取人（户名）',
            children: kind === 'death' ? String(p.heirName ?? '') : detail.subjectName,
          },
          { key: 'account', label: '银行账号', children: String(p.bankAccount ?? '') },
        ]}
        actions={
          <Button
            icon={<PrinterOutlined />}
            href={withdrawalFormUrl(detail.id)}
            target="_blank"
            rel="noopener"
          >
            打印申请表
          </Button>
        }
        again="继续登记"
        onAgain={() => intake.again(lookup.reset)}
      />
    );
  }

  return (
    <div className="withdrawal-register">
      <CertLookup
        state={lookup}
        idleHint="请输入证件类型和证件号码，查询要办理个人账户清退的参保人员"
        loading={intake.loading}
      >
        {lookup.found && (
          <WithdrawalEditor
            key={lookup.found.seq}
            found={lookup.found.value}
            kind={kind}
            onKind={setKind}
            intake={intake}
          />
        )}
      </CertLookup>
    </div>
  );
}
