import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicTipReceipt } from '../../../core/api/tips.ts';
import { formatDateTime } from '../../../core/dates/format.ts';
import { receiptGroups } from './public-tip-draft.ts';

/** Copies text; where the Clipboard API is missing (plain http, old browsers), through a selected text area. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions): try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * The receipt, shown once: the code lives only in this component's state, never in the address,
 * the history or the browser's storage. Leaving the page forgets it.
 */
export function ReceiptView({ receipt, onAnother }: { receipt: PublicTipReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const groups = receiptGroups(receipt.receiptCode);
  const code = groups.join('-');

  useEffect(() => {
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, []);

  let receivedAt = '';
  const moment = new Date(receipt.receivedAt);
  if (!Number.isNaN(moment.getTime())) receivedAt = formatDateTime(moment);

  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title" ref={headingRef} tabIndex={-1}>{t('public-tips.receipt.title')}</h1>
      {receivedAt && <p>{t('public-tips.receipt.thanks', { at: receivedAt })}</p>}
      <div className="receipt-card">
        <p className="receipt-code-label">{t('public-tips.receipt.codeLabel')}</p>
        <p className="receipt-code" translate="no" data-testid="receipt-code">
          {groups.map((group, index) => (
            <span key={index} className="receipt-group">
              {group}
              {index < groups.length - 1 && <span className="receipt-dash">-</span>}
            </span>
          ))}
        </p>
        <button type="button" className="button button-primary" onClick={() => void copyText(code).then((ok) => setCopied(ok ? 'yes' : 'no'))}>
          {t('public-tips.receipt.copy')}
        </button>
        <p role="status" className="small receipt-copied">
          {copied === 'yes' && t('public-tips.receipt.copied')}
          {copied === 'no' && t('public-tips.receipt.copyFailed')}
        </p>
      </div>
      <div className="notice notice-warning receipt-warning">
        <div>
          <p className="notice-title">{t('public-tips.receipt.warningTitle')}</p>
          <ul>
            <li>{t('public-tips.receipt.once')}</li>
            <li>{t('public-tips.receipt.only')}</li>
            <li>{t('public-tips.receipt.keep')}</li>
          </ul>
        </div>
      </div>
      <div className="form-actions receipt-actions">
        <Link to="/bao-tin/tra-cuu" className="button button-primary">{t('public-tips.receipt.follow')}</Link>
        <button type="button" className="button" onClick={onAnother}>{t('public-tips.receipt.another')}</button>
      </div>
      <p className="muted small">{t('public-tips.receipt.followHint')}</p>
    </section>
  );
}
