export { authRoutes } from './auth.routes';
export { personAuthRoutes } from './person-auth.routes';
export { personCentreRoutes } from './person-centre.routes';
export { unitOperatorRoutes } from './unit-operators.routes';
export { mobileAuthRoutes } from './mobile-auth.routes';
export { ssoRoutes } from './sso.routes';
// the captcha and SMS-code checks other modules' confirmation dialogs reuse
export { consumeCaptcha } from './captcha';
export { consumeSmsCode, type SmsPurpose } from './sms-codes';
export { createPersonAccountsService } from './person-accounts.service';
