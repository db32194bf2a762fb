/** The designated institution's pages of the unit portal (X08). */
export const U_API_KEYS = '/unit/institution/api-keys';
export const U_SETTLEMENT_GUIDE = '/unit/institution/settlement-guide';
