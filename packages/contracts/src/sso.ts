import { z } from 'zod';

/**
 * 北京市统一身份认证平台登录 (004 §三): single sign-on as an OpenID Connect client. The claim
 * names the identity platform issues about a person are defined here and nowhere else.
 */
export const ssoClaims = {
  name: 'name',
  phone: 'phone_number',
  /** certificate type, as the registry's certificate-types dictionary codes it ('01' 居民身份证) */
  certType: 'cert_type',
  certNo: 'cert_no',
} as const;

/** `identity` is the platform's own scope for the certificate claims. */
export const ssoScopes = ['openid', 'profile', 'phone', 'identity'] as const;

/** What the client reads from the ID token and userinfo; `sub` is checked by the protocol. */
export const ssoIdentityClaims = z.object({
  [ssoClaims.name]: z.string().trim().min(1),
  [ssoClaims.phone]: z.string().optional(),
  [ssoClaims.certType]: z.string().trim().min(1),
  [ssoClaims.certNo]: z.string().trim().min(1),
});
export type SsoIdentityClaims = z.infer<typeof ssoIdentityClaims>;

/** The login page shows the 北京市统一身份认证平台登录 button only when SSO is configured. */
export const ssoStatusReply = z.object({ enabled: z.boolean() });
export type SsoStatusReply = z.infer<typeof ssoStatusReply>;

export const ssoLoginQuery = z.object({
  /** where to go after signing in: a /personal… or /m/… path; anything else means /personal */
  next: z.string().max(500).optional(),
});

/** The provider's authorization response; the client validates it, so every field is optional. */
export const ssoCallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  iss: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

/** A refused or failed SSO login returns to the login page with this query parameter. */
export const SSO_ERROR_PARAM = 'sso_error';
