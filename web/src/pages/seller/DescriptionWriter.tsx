import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { ApiResponse } from '../../api/schema';
import { ErrorBox } from '../../components/Feedback';

type Draft = ApiResponse<'/api/v1/products/{id}/description-drafts', 'post'>['items'][number];

/**
 * "Write a description": drafts in Bengali and English from the product's saved facts; picking one
 * puts it into the description box, where the seller edits it before saving the product.
 */
export function DescriptionWriter({
  productId,
  onPick,
}: {
  productId: string;
  onPick: (lang: 'bn' | 'en', text: string) => void;
}) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<'both' | 'bn' | 'en'>('both');
  const drafts = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/products/{id}/description-drafts', {
          params: { path: { id: productId } },
          body: { lang, count: 3 },
        }),
      ),
  });
  const items: Draft[] = drafts.data?.items ?? [];
  return (
    <div className="card stack" data-testid="description-writer">
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={drafts.isPending}
          onClick={() => drafts.mutate()}
          data-testid="write-description"
        >
          {drafts.isPending ? t('descriptions.writing') : t('descriptions.write')}
        </button>
        <label className="field inline">
          <span className="small">{t('descriptions.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as typeof lang)}>
            <option value="both">{t('descriptions.both')}</option>
            <option value="bn">বাংলা</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <p className="hint small">{t('descriptions.hint')}</p>
      <ErrorBox error={drafts.error} />
      {items.length > 0 && (
        <ul className="list" data-testid="description-drafts">
          {items.map((d, i) => (
            <li key={`${d.lang}-${i}`} className="card stack">
              <p lang={d.lang}>{d.text}</p>
              <div className="row">
                <span className="small muted">
                  {d.lang === 'bn' ? 'বাংলা' : 'English'} ·{' '}
                  {d.source === 'llm' ? t('descriptions.fromLlm') : t('descriptions.fromTemplate')}
                </span>
                <button type="button" onClick={() => onPick(d.lang, d.text)}>
                  {d.lang === 'bn' ? t('descriptions.useBn') : t('descriptions.useEn')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
