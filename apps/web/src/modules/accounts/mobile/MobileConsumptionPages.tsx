import { RequireMobileVerified } from '../../registry/mobile/RequireMobileVerified';
import MobileConsumptionDetailPage from './MobileConsumptionDetailPage';
import MobileConsumptionPage from './MobileConsumptionPage';

/** 查询服务 › 消费信息 (M08), for a signed-in, verified person. */
export function MobileConsumption() {
  return (
    <RequireMobileVerified>
      <MobileConsumptionPage />
    </RequireMobileVerified>
  );
}

/** 消费信息 › 详情. */
export function MobileConsumptionDetail() {
  return (
    <RequireMobileVerified>
      <MobileConsumptionDetailPage />
    </RequireMobileVerified>
  );
}
