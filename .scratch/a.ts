import { analyzeQuery, analyzeDocument, detectLatinLanguage } from '../src/modules/search/text/analyze.ts';
console.log(JSON.stringify(analyzeQuery('Napa 500mg ache?')));
console.log(JSON.stringify(analyzeQuery('eggs ১২টা')));
console.log(JSON.stringify(analyzeQuery('আলুর দাম koto')));
console.log(JSON.stringify(analyzeDocument('গরুর মাংস', 'Beef', ['1 kg'])));
console.log(['eggs','tomatoes','dim','murgi','piaj','chal','mangsho','napa','rice','potato','deem','lobon','bread','shampoo','the','cheese'].map(w=>w+':'+detectLatinLanguage(w)).join(' '));
