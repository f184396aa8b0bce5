import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { phoneticKey } from '../src/modules/search/text/phonetic.ts';
import { buildIndex, scoreAll, rankOf } from '../bench/search-eval/rank.ts';
const rows = parse(readFileSync('/work/shared/data/banglish_placenames_eval.csv','utf8'),{columns:true}) as any[];
const names=[...new Set(rows.map(r=>r.bengali))] as string[]; const pos=new Map(names.map((n,i)=>[n,i]));
const keys=names.map(n=>phoneticKey(n)); const idx=buildIndex(keys);
let shown=0;
for (const r of rows){ const kq=phoneticKey(r.romanized); const sc=scoreAll(idx,kq); const c=pos.get(r.bengali)!; const rank=rankOf(sc,c);
 if(rank>3 && shown++<70){ let best=0; for(let i=0;i<sc.length;i++) if(sc[i]>sc[best]) best=i;
  console.log(`${r.romanized} | ${r.bengali} | q=${kq} | c=${keys[c]} ${sc[c].toFixed(2)} | best=${names[best]} ${keys[best]} ${sc[best].toFixed(2)} r=${rank}`);} }
