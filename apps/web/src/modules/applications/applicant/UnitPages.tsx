import ApplicationProgressPage from './ApplicationProgressPage';

/**
 * 业务查询 › 办件进度查询 of the unit portal (U08, and U17 for schools): * 审核状态 is required, and the
 * unit's own applications are listed once 查询 is pressed.
 */
export function UnitApplications() {
  return <ApplicationProgressPage channel="unit" statusRequired />;
}
