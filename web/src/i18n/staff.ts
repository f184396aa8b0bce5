import i18n from 'i18next';
import staff from './bn.staff.json';

/**
 * The Bengali strings only sellers' and admins' pages use (forms, stock, payouts, audit…), loaded
 * with those pages so a shopper's phone never downloads them. English is loaded whole when chosen.
 */
i18n.addResourceBundle('bn', 'translation', staff, true, false);
