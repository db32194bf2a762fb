export { authRoutes } from './auth.routes';
export { personAuthRoutes } from './person-auth.routes';
