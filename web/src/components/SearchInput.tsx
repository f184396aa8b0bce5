import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { suggest, type Suggestion } from '../api/search';
import { VoiceInput } from './VoiceInput';

const SUGGEST_DELAY_MS = 250;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The search box with live suggestions (products, categories, shops) as the customer types. */
export function SearchInput({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (q: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const typed = useDebounced(text.trim(), SUGGEST_DELAY_MS);
  const suggestions = useQuery({
    queryKey: ['suggest', typed],
    queryFn: () => suggest(typed),
    enabled: open && typed.length >= 2,
    staleTime: 60_000,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setOpen(false);
    onSearch(text.trim());
  }

  const items = open && typed.length >= 2 ? (suggestions.data ?? []).slice(0, 8) : [];
  const [active, setActive] = useState(-1);
  const expanded = items.length > 0;

  function go(s: Suggestion) {
    setOpen(false);
    setActive(-1);
    if (s.kind === 'product') void navigate(`/products/${s.id}`);
    else if (s.kind === 'shop') void navigate(`/shops/${s.id}`);
    else void navigate(`/search?category=${encodeURIComponent(s.slug ?? s.id)}`);
  }

  // WAI-ARIA combobox: arrows move through the suggestions, Enter opens the one chosen, Escape closes.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!expanded) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active + step;
      setActive(next >= items.length ? -1 : next < -1 ? items.length - 1 : next);
    } else if (event.key === 'Enter' && active >= 0 && items[active]) {
      event.preventDefault();
      go(items[active]);
    } else if (event.key === 'Escape') {
      // The browser would also empty a search field on Escape: only the list closes.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <form role="search" className="search-box suggest-wrap" onSubmit={submit}>
      <input
        type="search"
        name="q"
        role="combobox"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        enterKeyHint="search"
        autoComplete="off"
        value={text}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="search-suggestions"
        aria-activedescendant={expanded && active >= 0 ? `suggestion-${active}` : undefined}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <VoiceInput
        onText={(spoken) => {
          setText(spoken);
          setOpen(true);
        }}
      />
      <button type="submit" className="primary">
        {t('search.submit')}
      </button>
      <ul
        id="search-suggestions"
        role="listbox"
        aria-label={t('search.label')}
        className="suggestions"
        data-testid="suggestions"
        hidden={!expanded}
      >
        {items.map((s, i) => {
          const name =
            (i18n.language === 'en' ? (s.nameEn ?? s.nameBn) : (s.nameBn ?? s.nameEn)) ?? '';
          return (
            <li
              key={`${s.kind}-${s.id}`}
              id={`suggestion-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(s)}
            >
              <span>{name}</span>
              <span className="muted small">{t(`search.kind.${s.kind}`)}</span>
            </li>
          );
        })}
      </ul>
    </form>
  );
}
