/**
 * What the applicant's pages and the window console both show of an application (办件): its
 * status, steps, materials and payload, and the typed calls of the 办件 API.
 */
export {
  APPLICATION_KEY,
  APPLICATIONS_URL,
  BUSINESSES_KEY,
  REVIEW_COUNTS_KEY,
  REVIEW_QUEUE_URL,
  applicationApi,
  applicationKey,
  materialUrl,
  useApplication,
  useBusinesses,
  type ResubmitBody,
} from './applicationApi';
export { StatusTag, STATUS_COLORS, type StatusTagProps } from './StatusTag';
export {
  StepsTimeline,
  stepTitle,
  type ApplicationStepItem,
  type StepsTimelineProps,
} from './StepsTimeline';
export {
  MaterialsList,
  formatBytes,
  ruleHint,
  type MaterialRuleItem,
  type MaterialsListProps,
} from './MaterialsList';
export { PayloadView, type PayloadViewProps } from './PayloadView';
export { DivisionName, type DivisionNameProps } from './DivisionName';
export { subjectCertTypeLabel } from './subject';
