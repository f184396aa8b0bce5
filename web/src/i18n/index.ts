import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import bn from './bn.json';
import en from './en.json';

export const languages = ['bn', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'haat.lang';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'bn';
  } catch {
    return 'bn';
  }
}

/** Bengali first: only an explicit choice saved in this browser switches to English. */
void i18n.use(initReactI18next).init({
  resources: { bn: { translation: bn }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'bn',
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyToDocument(lang: string) {
  document.documentElement.lang = lang;
  document.title = i18n.t('app.name');
}
applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'bn';
}

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18n.changeLanguage(lang);
}

export default i18n;
