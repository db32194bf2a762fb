import type { ReactNode } from 'react';
import { Button } from 'antd-mobile';
import type { ButtonProps } from 'antd-mobile';
import { useNavigate } from 'react-router';

/** A large, full-width antd-mobile button that opens a page of the app. */
export function LinkButtonMobile({
  to,
  color = 'default',
  fill,
  replace = false,
  children,
}: {
  to: string;
  color?: ButtonProps['color'];
  fill?: ButtonProps['fill'];
  /** replace this page in the history (a finished task is not gone back to) */
  replace?: boolean;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Button
      block
      size="large"
      shape="rounded"
      color={color}
      fill={fill}
      onClick={() => void navigate(to, { replace })}
    >
      {children}
    </Button>
  );
}
