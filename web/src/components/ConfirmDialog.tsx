import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Longest free text added to a chosen reason (the API takes 500 characters in all). */
export const REASON_TEXT_MAX = 400;

/**
 * Asks before an irreversible step (cancel, reject, returned): what will happen, why (one of a few
 * common reasons and/or a few words), and two clearly different answers. A modal dialog: focus
 * moves into it and stays there (Tab cycles), Escape or "No" closes it without doing anything, and
 * focus goes back to the button that opened it.
 */
export function ConfirmDialog({
  title,
  body,
  reasons,
  confirmLabel,
  busy = false,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  /** Common reasons, already in the reader's language; the last is usually "another reason". */
  reasons: string[];
  confirmLabel: string;
  busy?: boolean;
  error?: ReactNode;
  /** The reason as it is stored: the chosen one, then the typed words after ": ". */
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState('');
  const [text, setText] = useState('');

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => opener?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!busy) onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const typed = text.trim();
  const reason = chosen && typed ? `${chosen}: ${typed}` : chosen || typed;
  return createPortal(
    <div className="dialog-backdrop" onClick={() => !busy && onClose()}>
      <div
        ref={dialog}
        className="dialog card stack"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-testid="confirm-dialog"
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-body`}>{body}</p>
        <fieldset className="reason-choices">
          <legend>{t('confirm.whyLegend')}</legend>
          {reasons.map((r) => (
            <label key={r} className="choice">
              <input
                type="radio"
                name={`${id}-reason`}
                value={r}
                checked={chosen === r}
                onChange={() => setChosen(r)}
              />
              <span>{r}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('confirm.moreText')}</span>
          <textarea
            name="reason-text"
            rows={2}
            maxLength={REASON_TEXT_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {!reason && <p className="hint">{t('confirm.pickReason')}</p>}
        {error}
        <div className="dialog-actions">
          <button type="button" className="secondary" disabled={busy} onClick={onClose}>
            {t('confirm.no')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={busy || !reason}
            onClick={() => onConfirm(reason)}
          >
            {busy ? t('common.wait') : confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
