import type { MouseEvent } from 'react';
import { Button } from 'antd';
import type { ButtonProps } from 'antd';
import { useHref, useNavigate } from 'react-router';

/** An antd button that is a real link (`<a href>`), navigating inside the app. */
export function LinkButton({
  to,
  ...props
}: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const navigate = useNavigate();
  const href = useHref(to);
  const onClick = (e: MouseEvent<HTMLElement>) => {
    // Let the browser open new tabs and windows as usual.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(to);
  };
  return <Button {...props} href={href} onClick={onClick} />;
}
