import { RightOutlined } from '@ant-design/icons';
import { LinkButton } from '../../../shared/LinkButton';
import { FLEX_SERVICES } from './paths';
import './flexible.css';

/** 单位类型 of an agency as the unit home names it. */
export const FLEX_AGENCY_TYPE = '灵活就业代管机构';

/** 常用服务 › 参保单位服务 of a flexible-employment agency: the guide's seven services. */
export function FlexServices() {
  return (
    <nav className="flex-services" aria-label="灵活就业常用服务">
      {FLEX_SERVICES.map((s) => (
        <LinkButton key={s.path} to={s.path} className="flex-service" icon={<RightOutlined />}>
          {s.label}
        </LinkButton>
      ))}
    </nav>
  );
}
