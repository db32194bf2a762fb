/** The insured person's own personal-account pages in the personal portal (我要办, 我要查). */
export const P_ACCOUNT_PASSWORD = '/personal/account-password';
export const P_ACCOUNT_PAYMENT = '/personal/account-payment';
export const P_MUTUAL_AID_MEMBERS = '/personal/mutual-aid';
export const P_MUTUAL_AID_ORDER = '/personal/mutual-aid-order';
/** 我要查 › 个人账户明细查询 (P35), 使用本人账户情况查询 (P36), 使用他人账户情况查询 (P37) */
export const P_ACCOUNT_LEDGER = '/personal/account-ledger';
export const P_ACCOUNT_USED_BY_OTHERS = '/personal/account-used-by-others';
export const P_ACCOUNT_USE_OF_OTHERS = '/personal/account-use-of-others';
/** 查询服务 › 消费信息 on the phone (M08) and one movement of it */
export const M_CONSUMPTION = '/m/consumption';
