import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Spin } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { ApplicationDetail, MyPersonReply } from '@yibao/contracts';
import { api, ApiError, applyFieldError, errorMessage } from '../../../shared/api';
import { DictSelect } from '../../../shared/dictionaries';
import { useBusinesses } from '../../applications/shared';
import { certNoRule, trimmed } from '../shared/form-rules';
import { PERSON_INFO_CHANGE_WINDOW, PersonInfoEditor, refusalOf } from './PersonInfoEditor';
import { SavedResult, useReceivedOnPaper } from './parts';

interface LookupValues {
  certType: string;
  certNo: string;
}

/** 人员查询: the person of the staff member's regions holding the certificate. */
const findPerson = (v: LookupValues) =>
  api.get<MyPersonReply>(
    `/api/registry/person?certType=${encodeURIComponent(v.certType)}&certNo=${encodeURIComponent(
      trimmed(v.certNo).toUpperCase(),
    )}`,
  );

const NO_MATERIALS: readonly never[] = [];

/** 职工基本信息变更 saved: the 办件 (已办结待复核) of the person. */
function Changed({ detail, onAgain }: { detail: ApplicationDetail; onAgain: () => void }) {
  return (
    <SavedResult
      className="person-info-result"
      title="职工基本信息变更成功"
      subTitle="人员信息已即时生效，待复核初审、复核复审确认；复核不通过将恢复变更前的信息。"
      detail={detail}
      facts={[
        { key: 'name', label: '姓名', children: detail.subjectName },
        { key: 'certNo', label: '证件号码', children: detail.subjectCertNo },
      ]}
      again="继续维护"
      onAgain={onAgain}
    />
  );
}

/**
 * W15 (一) 职工基本信息变更 at 人员一般信息维护 (002 十五): 人员查询 by 证件类型 and 证件号码, then the
 * employee's information to change, the 申办资料 received on paper and 保存 — 即时办结, then
 * 复核初审 and 复核复审; a failed 复核 restores what was there before.
 */
export default function PersonInfoWindowPage() {
  const [lookupForm] = Form.useForm<LookupValues>();
  const [, setParams] = useSearchParams();
  const businesses = useBusinesses();
  const materials = businesses.get(PERSON_INFO_CHANGE_WINDOW)?.materials ?? NO_MATERIALS;
  const received = useReceivedOnPaper(materials);
  // each lookup opens a fresh form, even for the same person again
  const [found, setFound] = useState<{ person: MyPersonReply; seq: number } | null>(null);
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  /** 未找到该证件号码的参保人员, as the server says it */
  const [missing, setMissing] = useState<string | null>(null);
  /** any other failure that no field of the query took */
  const [failure, setFailure] = useState<string | null>(null);

  const lookup = useMutation({
    mutationFn: findPerson,
    onMutate: () => {
      setFound(null);
      setMissing(null);
      setFailure(null);
    },
    onSuccess: (person) => setFound((f) => ({ person, seq: (f?.seq ?? 0) + 1 })),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404) setMissing(error.message);
      else if (!applyFieldError(lookupForm, error)) setFailure(errorMessage(error));
    },
  });

  if (done) {
    return (
      <Changed
        detail={done}
        onAgain={() => {
          // the next person's originals are not received yet: the guide's ticks were for this one
          setParams({}, { replace: true });
          setDone(null);
          setFound(null);
          lookup.reset();
          lookupForm.resetFields();
        }}
      />
    );
  }

  const person = found?.person;
  const refusal = person ? refusalOf(person) : null;

  return (
    <div className="person-info-window">
      <Card title="人员查询" size="small" className="window-form-section">
        <Form<LookupValues>
          form={lookupForm}
          layout="inline"
          className="person-lookup-form"
          initialValues={{ certType: '01', certNo: '' }}
          onFinish={(v) => lookup.mutate(v)}
        >
          <Form.Item label="证件类型" name="certType" required>
            <DictSelect
              name="certificate-types"
              allowClear={false}
              placeholder="请选择证件类型"
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item
            label="证件号码"
            name="certNo"
            required
            dependencies={['certType']}
            rules={[certNoRule]}
          >
            <Input placeholder="请输入证件号码" maxLength={30} style={{ width: 280 }} allowClear />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SearchOutlined />}
              loading={lookup.isPending}
            >
              查询
            </Button>
          </Form.Item>
        </Form>
      </Card>

      {(lookup.isPending || businesses.isLoading) && (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      )}
      {lookup.isIdle && (
        <Card size="small" className="window-form-section">
          <Empty description="请输入证件类型和证件号码，查询要维护信息的人员" />
        </Card>
      )}
      {missing && (
        <Card size="small" className="window-form-section person-lookup-missing">
          <Empty
            description={
              <>
                <div>{missing}</div>
                <div className="person-lookup-hint">请核对证件类型和证件号码后重新查询</div>
              </>
            }
          />
        </Card>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          className="window-form-section"
          title="人员查询失败"
          description={failure}
        />
      )}
      {person && refusal && (
        <Alert
          type="warning"
          showIcon
          className="window-form-section person-info-refusal"
          title={refusal}
          description={`${person.name}（${person.certNo}）`}
        />
      )}
      {found && !refusal && !businesses.isLoading && (
        <PersonInfoEditor
          key={found.seq}
          person={found.person}
          received={received}
          materials={materials}
          onSaved={setDone}
        />
      )}
    </div>
  );
}
