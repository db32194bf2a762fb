import { useMutation } from '@tanstack/react-query';
import type { VoucherCodeReply } from '@yibao/contracts';
import { Button, ErrorBlock } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../../shared/api';
import { QrBox, QrCountdown, secondsLeft, useNow } from '../../auth/person/qr';
import './mobile-consumption.css';

/**
 * 医保码: the code a designated hospital or pharmacy scans to settle without the certificate.
 * It lives two minutes; 刷新 fetches a new one.
 */
export function VoucherCode() {
  const [shown, setShown] = useState(false);
  const [receivedAt, setReceivedAt] = useState(0);
  const now = useNow();
  const code = useMutation({
    mutationFn: () => api.post<VoucherCodeReply>('/api/me/voucher-code'),
    onSuccess: () => setReceivedAt(Date.now()),
  });
  const { mutate } = code;
  useEffect(() => {
    if (shown) mutate();
  }, [shown, mutate]);

  if (!shown) {
    return (
      <div className="m-actions">
        <Button block color="primary" size="large" onClick={() => setShown(true)}>
          出示医保码
        </Button>
      </div>
    );
  }
  if (code.isError) {
    return (
      <ErrorBlock status="default" title="医保码获取失败" description={errorMessage(code.error)} />
    );
  }
  const left = code.data ? secondsLeft(receivedAt, now || receivedAt) : 0;
  return (
    <section className="m-voucher-code" aria-label="医保码">
      <h2 className="m-section-title">医保码</h2>
      <QrBox
        url={code.data?.token ?? ''}
        alt="医保码"
        mask={
          code.data && left === 0 ? (
            <Button color="primary" onClick={() => mutate()}>
              刷新医保码
            </Button>
          ) : undefined
        }
      />
      {code.data && left > 0 && <QrCountdown left={left} />}
      <p className="m-hint">请向定点医药机构出示医保码，用于就医购药结算；请勿截图转发他人。</p>
    </section>
  );
}
