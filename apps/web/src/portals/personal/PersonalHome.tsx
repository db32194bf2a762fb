import { PortalWelcome } from '../PortalWelcome';

export default function PersonalHome() {
  return (
    <PortalWelcome
      welcome="欢迎来到个人网厅"
      audience="个人网厅供参保人办理本人医保业务，需使用个人用户账号登录，并完成实名认证后办理。"
    />
  );
}
