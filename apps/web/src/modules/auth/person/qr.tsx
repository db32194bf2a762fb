import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import QRCode from 'qrcode';

/**
 * How long a code lives (the server's QR_TTL_MS). Counted from when this browser received the
 * code, so a computer whose clock is off still counts the right two minutes; the server's
 * answer `expired` ends it in any case.
 */
export const QR_TTL_MS = 2 * 60_000;
/** How often the page asks whether the phone has confirmed. */
export const POLL_MS = 1000;

export const mmss = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Ticks once a second, so the countdown moves; 0 until the first tick. */
export function useNow(): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** Seconds left of a code received at `receivedAt` (a Date.now() value). */
export function secondsLeft(receivedAt: number, now: number): number {
  const deadline = receivedAt + QR_TTL_MS;
  return Math.max(0, Math.ceil((deadline - Math.max(now, receivedAt)) / 1000));
}

/** The code's image, with whatever covers it (刷新二维码, 正在登录…) laid over. */
export function QrBox({ url, alt, mask }: { url: string; alt: string; mask?: ReactNode }) {
  const image = useQuery({
    queryKey: ['qr-image', url],
    queryFn: () => QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }),
    enabled: url !== '',
    staleTime: Infinity,
  });
  return (
    <div className="qr-login-box" aria-live="polite">
      {image.data ? (
        <img
          className="qr-login-image"
          src={image.data}
          alt={alt}
          data-qr-url={url}
          width={240}
          height={240}
        />
      ) : (
        <div className="qr-login-image qr-login-placeholder" />
      )}
      {mask && <div className="qr-login-mask">{mask}</div>}
    </div>
  );
}

/** The countdown under the code. */
export function QrCountdown({ left }: { left: number }) {
  return (
    <p className="qr-login-countdown" role="timer">
      二维码有效时间剩余 <strong>{mmss(left)}</strong>
    </p>
  );
}

/** The code's link in words, for a phone browser without a scanner (and for copying). */
export function QrLink({ url }: { url: string }) {
  return (
    <div className="qr-login-link">
      <span>或在手机浏览器中打开链接：</span>
      <Typography.Text copyable={{ text: url }} className="qr-login-url" data-testid="qr-url">
        {url}
      </Typography.Text>
    </div>
  );
}
