import { understand } from './src/modules/assistant/engine/index.ts';
const t0 = performance.now(); understand('warm'); console.log('train ms', (performance.now()-t0).toFixed(0));
for (const s of ['kache dim pabo?','নাপা ৫০০ কত?','where is my order','amar order kothay','আমি একজন মানুষের সাথে কথা বলতে চাই','bhai 2 ta dao','আধা কেজি পেঁয়াজ দাও','half kg onions please','১ ডজন ডিম দাও','dui kg chal dao','under 100 taka soap','১০০ টাকার মধ্যে সাবান দেখাও','napa 500mg ache?','HT 2612 000123 kothay','ht-2612-000123 cancel','my last order status','shesh order ta kothay','ওটার দাম কত?','eta koto','that one please add','mirpur 10 e delivery charge koto','মিরপুরে ডেলিভারি চার্জ কত','delivery to dhanmondi','cash on delivery ache?','refund policy ki','taka ferot paoa jay?','napar generic ki','seclo 20 er dam','dimer dam koto','how much is 1 kg rice','add 2 kg potatoes to my bag','আরও সস্তা কিছু?','2 ta dao','চালের দাম ২০০ থেকে ৫০০ টাকা','shampoo 100-300 taka','ek hali dim dao']) {
  const u = understand(s); console.log(s, '→', u.script, u.intent, u.confidence, JSON.stringify(u.slots));
}
console.log(JSON.stringify(understand('2', { pendingSlot: 'quantity', previousIntent: 'add_to_cart' })));
console.log(JSON.stringify(understand('dim', { pendingSlot: 'product', previousIntent: 'product_search' })));
const N=2000; const t1=performance.now(); for (let i=0;i<N;i++) understand('amar shesh order ta kothay vai '+i); console.log('ms/call', ((performance.now()-t1)/N).toFixed(3));
