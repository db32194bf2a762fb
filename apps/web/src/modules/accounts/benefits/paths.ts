/** 个人权益 pages of the personal portal: P50 职工医疗保险待遇查询, P55 个人医疗消费信息查询. */
export const P_MEDICAL_BENEFITS = '/personal/medical-benefits';
export const P_MEDICAL_CONSUMPTION = '/personal/medical-consumption';
