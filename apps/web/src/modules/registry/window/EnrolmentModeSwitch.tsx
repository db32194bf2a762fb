import { Segmented } from 'antd';
import { useNavigate } from 'react-router';

/** The two pages of 单位职工新参保/续保 (002 十二 (一), 登记信息): 单个模式 and 批量模式. */
export const ENROLMENT_MODES = {
  single: '/window/employee-enrolment',
  batch: '/window/employee-enrolment/batch',
} as const;

type Modes = Readonly<Record<keyof typeof ENROLMENT_MODES, string>>;

/** 城乡居民新参保/续保 and its 城乡居民批量参保 (002 十三 (一)). */
export const RESIDENT_ENROLMENT_MODES: Modes = {
  single: '/window/resident-enrolment',
  batch: '/window/resident-enrolment/batch',
};

/** 灵活就业人员新参保/续保's 单个模式 and 批量模式 (002 十二 (四)). */
export const FLEXIBLE_ENROLMENT_MODES: Modes = {
  single: '/window/flexible-enrolment',
  batch: '/window/flexible-enrolment/batch',
};

/** 城乡居民特殊身份登记's 单个模式 and 批量模式 (002 十三 (三)). */
export const SPECIAL_IDENTITY_MODES: Modes = {
  single: '/window/special-identity',
  batch: '/window/special-identity/batch',
};

/**
 * 单个模式 / 批量模式: switches between a business's two pages — 单位职工新参保/续保's unless
 * `pages` names another's (城乡居民特殊身份登记 …).
 */
export function EnrolmentModeSwitch({
  mode,
  pages = ENROLMENT_MODES,
}: {
  mode: keyof typeof ENROLMENT_MODES;
  pages?: Modes;
}) {
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
        if (next !== mode) void navigate(pages[next]);
      }}
    />
  );
}
