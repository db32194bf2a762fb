import { useQuery } from '@tanstack/react-query';
import type {
  ApplicationChannel,
  ApplicationItem,
  MyPersonReply,
  Page,
  ResidentEnrolmentCheckBody,
  ResidentEnrolmentCheckReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { listQueryString, withQuery, type Filters } from '../../../shared/table-query';
import { APPLICATIONS_URL } from '../shared/applicationApi';

/** The query key of the signed-in person's own record. */
export const MY_PERSON_KEY = ['me', 'person'] as const;

/** GET /api/me/person: the verified person's current basic information. */
export function useMyPerson(enabled = true) {
  return useQuery({
    queryKey: MY_PERSON_KEY,
    queryFn: () => api.get<MyPersonReply>('/api/me/person'),
    enabled,
    retry: false,
  });
}

/** 参保人员新参保申报信息查询: whether the person may be enrolled as a resident. */
export const checkResidentEnrolment = (body: ResidentEnrolmentCheckBody) =>
  api.post<ResidentEnrolmentCheckReply>('/api/resident-enrolment/check', body);

/**
 * A page of the signed-in actor's applications, under the same query key as ServerTable's
 * lists of /api/applications, so a submission or withdrawal refreshes them all.
 */
export function useMyApplications(page: number, pageSize: number, filters: Filters = {}) {
  const query = listQueryString({ page, pageSize, filters });
  return useQuery({
    queryKey: [LIST_KEY, APPLICATIONS_URL, query],
    queryFn: () => api.get<Page<ApplicationItem>>(withQuery(APPLICATIONS_URL, query)),
    retry: false,
  });
}

/** The businesses a channel offers, for the 业务类型 filter. */
export const offeredOn = (channel: ApplicationChannel) => (b: { channels: readonly string[] }) =>
  b.channels.includes(channel);

/** 居民身份证(户口簿) … for a 证件类型 code, from the certificate-types dictionary. */
export const CERT_TYPES_DICT = 'certificate-types';

/** The guide's region names of the pooling regions (北京市城乡居民基本医疗保险增员申办单). */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  '110000': '北京市',
  '530400': '玉溪市',
  '130200': '唐山市',
};
