import { USCC_CERT_TYPE } from '@yibao/contracts';

/** The name of an application subject's certificate type: the dictionary's, or 统一社会信用代码. */
export function subjectCertTypeLabel(code: string, certTypes: { label: (code: string) => string }) {
  return code === USCC_CERT_TYPE ? '统一社会信用代码' : certTypes.label(code);
}
