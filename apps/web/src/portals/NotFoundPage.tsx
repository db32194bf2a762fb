import { Result } from 'antd';
import { LinkButton } from '../shared/LinkButton';

/** 页面不存在, with a way back to the home page of where the visitor is. */
export default function NotFoundPage({ home = '/' }: { home?: string }) {
  return (
    <Result
      status="404"
      title="404"
      subTitle="页面不存在"
      extra={
        <LinkButton to={home} type="primary">
          返回首页
        </LinkButton>
      }
    />
  );
}
