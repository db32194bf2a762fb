import { Skeleton } from 'antd';
import { useDictionary } from '../../../shared/dictionaries';
import { useMyPerson } from '../../applications/applicant/applicantApi';
import { insuredStatusText } from './myRegistryApi';
import './personal-registry.css';

/**
 * 参保单位 and 参保状态 of the signed-in, verified person (个人网厅 首页): the unit they work for,
 * and each insurance type in force (职工基本医疗保险 正常参保), or 未参保.
 */
export function InsuredSummary() {
  const me = useMyPerson();
  const insurance = useDictionary('insurance-types');
  if (me.isPending) return <Skeleton.Input active size="small" />;
  if (me.isError) return null;
  const p = me.data;
  return (
    <dl className="personal-home-insured" aria-label="参保信息">
      <div>
        <dt>参保单位</dt>
        <dd>{p.unitName || '-'}</dd>
      </div>
      <div>
        <dt>参保状态</dt>
        <dd>{insuredStatusText(p.activeInsuranceTypes, insurance.label)}</dd>
      </div>
    </dl>
  );
}
