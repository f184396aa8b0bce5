import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_KEY } from '../boot';
import bn from './bn.json';

export const languages = ['bn', 'en'] as const;
export type Language = (typeof languages)[number];

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return value === 'en' ? 'en' : 'bn';
  } catch {
    return 'bn';
  }
}

/** `?lang=en` or `?lang=bn` in the address (shared links, search engines' language versions). */
function urlLanguage(): Language | null {
  try {
    const value = new URLSearchParams(window.location.search).get('lang');
    return value === 'en' || value === 'bn' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Bengali first: a language named in the address wins for this visit, then an explicit choice
 * saved in this browser switches to English. Bengali ships with the app; English is fetched when
 * it is first needed, so the Bengali majority never downloads it.
 */
const initial = urlLanguage() ?? storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { bn: { translation: bn } },
  lng: 'bn',
  fallbackLng: 'bn',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Loads a language's strings if this page has not yet. */
async function ensureLoaded(lang: Language) {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  const strings = (await import('./en.json')).default;
  i18n.addResourceBundle(lang, 'translation', strings);
}

/** Resolves once the page's language is ready to render (at once in Bengali). */
export const i18nReady: Promise<unknown> =
  initial === 'en'
    ? ensureLoaded('en')
        .then(() => i18n.changeLanguage('en'))
        .catch(() => undefined) // offline and never loaded: Bengali it is
    : Promise.resolve();

/** Set once the reader switches language on this page. */
let switched = false;

function applyToDocument(lang: string) {
  document.documentElement.lang = lang;
  // A page the server described (a product, a shop: it has a canonical link) keeps its title
  // until the reader switches language.
  if (!switched && document.querySelector('link[rel="canonical"]')) return;
  document.title = i18n.t('app.name');
}
applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'bn';
}

export function setLanguage(lang: Language) {
  switched = true;
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  // A language in the address would otherwise win again on reload.
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url);
  }
  void ensureLoaded(lang).then(() => i18n.changeLanguage(lang));
}

export default i18n;
