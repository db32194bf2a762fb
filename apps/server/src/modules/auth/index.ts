export { authRoutes } from './auth.routes';
export { personAuthRoutes } from './person-auth.routes';
export { personCentreRoutes } from './person-centre.routes';
export { unitOperatorRoutes } from './unit-operators.routes';
export { mobileAuthRoutes } from './mobile-auth.routes';
export { ssoRoutes } from './sso.routes';
