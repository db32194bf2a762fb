import { PortalWelcome } from '../PortalWelcome';

export default function UnitHome() {
  return (
    <PortalWelcome
      welcome="欢迎来到单位网厅"
      audience="单位网厅供单位经办人办理单位医保业务，需使用单位经办人账号登录（个人用户账号不能登录单位网厅）。"
    />
  );
}
