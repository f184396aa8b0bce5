import i18n from 'i18next';

/**
 * The browser's own form validation speaks the browser's language (English on most phones here),
 * not the app's. Every field that fails a built-in check (required, email, length, number range,
 * pattern) gets its message in the UI language instead; typing clears it so the check runs again.
 */
function messageFor(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  const v = field.validity;
  const t = (key: string, options?: Record<string, unknown>) =>
    i18n.t(`validation.${key}`, options ?? {});
  if (v.valueMissing) return field instanceof HTMLSelectElement ? t('choose') : t('required');
  if (v.typeMismatch) return field.type === 'email' ? t('email') : t('format');
  if (v.tooShort) return t('tooShort', { count: (field as HTMLInputElement).minLength });
  if (v.tooLong) return t('tooLong', { count: (field as HTMLInputElement).maxLength });
  if (v.rangeUnderflow) return t('min', { value: (field as HTMLInputElement).min });
  if (v.rangeOverflow) return t('max', { value: (field as HTMLInputElement).max });
  if (v.stepMismatch) return t('step');
  if (v.badInput) return t('number');
  if (v.patternMismatch) return field.title || t('format');
  return '';
}

const isField = (
  el: EventTarget | null,
): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement;

export function localizeFormValidation(root: Document = document) {
  root.addEventListener(
    'invalid',
    (event) => {
      const field = event.target;
      if (!isField(field)) return;
      field.setCustomValidity('');
      if (!field.validity.valid) field.setCustomValidity(messageFor(field));
    },
    true,
  );
  const clear = (event: Event) => {
    if (isField(event.target)) event.target.setCustomValidity('');
  };
  root.addEventListener('input', clear, true);
  root.addEventListener('change', clear, true);
}
