import { Segmented } from 'antd';
import { useNavigate } from 'react-router';

/** The two pages of 单位职工新参保/续保 (002 十二 (一), 登记信息): 单个模式 and 批量模式. */
export const ENROLMENT_MODES = {
  single: '/window/employee-enrolment',
  batch: '/window/employee-enrolment/batch',
} as const;

/** 登记信息 单个模式 / 批量模式: switches between the two pages. */
export function EnrolmentModeSwitch({ mode }: { mode: keyof typeof ENROLMENT_MODES }) {
  const navigate = useNavigate();
  return (
    <Segmented<keyof typeof ENROLMENT_MODES>
      value={mode}
      aria-label="登记模式"
      options={[
        { value: 'single', label: '单个模式' },
        { value: 'batch', label: '批量模式' },
      ]}
      onChange={(next) => {
        if (next !== mode) void navigate(ENROLMENT_MODES[next]);
      }}
    />
  );
}
