import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

/**
 * A success step that opens `to` by itself after `seconds`: the seconds left for the button's
 * label, and `go` for the button.
 */
export function useCountdownTo(to: string, seconds: number) {
  const navigate = useNavigate();
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) {
      void navigate(to);
      return;
    }
    const timer = window.setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left, navigate, to]);
  return { left, go: () => void navigate(to) };
}
