import { useState } from 'react';
import { mutualAidMemberFields, type MutualAidMemberFields } from '@yibao/contracts';
import { App, Form, Input, Modal } from 'antd';
import { applyFieldError, errorMessage } from '../../../shared/api';
import { DictSelect } from '../../../shared/dictionaries';
import { zodRule } from '../../../shared/zod-form';
import { checkMember } from './mutualAidApi';
import { alreadyAdded, type Draft, type DraftAdd } from './mutualAidDraft';

const fields = mutualAidMemberFields.shape;

/**
 * 【添加共济对象】: 共济对象信息 (姓名, 证件类型, 证件号码, 与参保人关系) and 【下一步】, which asks
 * the server's rules before the person joins the page's list.
 */
export function AddMemberDialog({
  draft,
  relations,
  onAdded,
  onClose,
}: {
  draft: Draft;
  /** 与参保人关系 the region admits today */
  relations: readonly string[];
  onAdded: (add: DraftAdd) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<MutualAidMemberFields>();
  const [checking, setChecking] = useState(false);
  const { message } = App.useApp();

  const next = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (alreadyAdded(draft, values)) {
      form.setFields([{ name: 'certNo', errors: ['同一共济对象不能重复添加'] }]);
      return;
    }
    setChecking(true);
    try {
      const checked = await checkMember({ ...values, deletes: draft.deletes });
      onAdded({
        ...values,
        name: checked.name,
        certNo: values.certNo.trim().toUpperCase(),
        maskedCertNo: checked.certNo,
        effectiveFrom: checked.effectiveFrom,
      });
    } catch (error) {
      if (!applyFieldError(form, error)) void message.error(errorMessage(error));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Modal
      open
      title="共济对象信息"
      okText="下一步"
      cancelText="取消"
      confirmLoading={checking}
      onOk={() => void next()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ flex: '120px' }}
        wrapperCol={{ flex: 1 }}
        colon={false}
        className="mutual-aid-add-form"
        initialValues={{ certType: '01' }}
      >
        <Form.Item label="姓名" name="name" required rules={[zodRule(fields.name)]}>
          <Input maxLength={50} placeholder="请输入姓名" autoComplete="off" />
        </Form.Item>
        <Form.Item label="证件类型" name="certType" required rules={[zodRule(fields.certType)]}>
          <DictSelect name="certificate-types" allowClear={false} placeholder="请选择证件类型" />
        </Form.Item>
        <Form.Item label="证件号码" name="certNo" required rules={[zodRule(fields.certNo)]}>
          <Input maxLength={30} placeholder="请输入证件号码" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="与参保人关系"
          name="relation"
          required
          rules={[zodRule(fields.relation)]}
          extra={relations.length === 0 ? '本统筹区当前未开通家庭共济' : undefined}
        >
          <DictSelect
            name="relations"
            only={relations}
            allowClear={false}
            placeholder="请选择与参保人关系"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
