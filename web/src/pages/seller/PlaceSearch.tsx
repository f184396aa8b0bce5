import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { Place, PlaceId } from '../../api/types';
import { Field } from '../../components/Field';

function label(place: Pick<Place, 'nameBn' | 'nameEn'>, lang: string) {
  return lang === 'en' ? place.nameEn : place.nameBn;
}

/**
 * "Type your area": finds a place by name in Bengali, English or Banglish ("savar", "সাভার",
 * "comilla") and fills the whole division → district → upazila chain at once.
 */
export function PlaceSearch({ onPick }: { onPick: (chain: PlaceId[], place: Place) => void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const query = useQuery({
    queryKey: ['place-search', q],
    queryFn: () => ok(client.GET('/api/v1/geo/search', { params: { query: { q, limit: 6 } } })),
    enabled: q.length >= 2,
    staleTime: Infinity,
  });
  const items = q.length >= 2 ? (query.data?.items ?? []) : [];
  return (
    <div className="place-search">
      <Field
        label={t('geo.search.label')}
        name="place-search"
        type="search"
        autoComplete="off"
        placeholder={t('geo.search.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {items.length > 0 && (
        <ul className="place-search-results" data-testid="place-search-results">
          {items.map((place) => (
            <li key={place.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setText('');
                  onPick([...place.ancestors.map((a) => a.id), place.id], place);
                }}
              >
                {label(place, i18n.language)}
                <small>
                  {' · '}
                  {[...place.ancestors]
                    .reverse()
                    .map((a) => label(a, i18n.language))
                    .join(', ')}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {q.length >= 2 && query.isSuccess && items.length === 0 && (
        <p className="hint">{t('geo.search.none')}</p>
      )}
    </div>
  );
}
