import type { HaatModule } from '../../platform/http/types.ts';
import { receiptRoutes } from './receipts.routes.ts';

/**
 * Order receipts as PDF, in Bengali or English, drawn in-process by pdfkit with Noto Sans Bengali
 * (fontkit shapes the conjuncts). See docs/receipts.md.
 */
export { renderReceipt, type ReceiptData } from './receipts.document.ts';
// The pen, fonts and formats, for other documents drawn the same way (finance statements, invoices).
export { finish, newDocument, Pen, type Align, type TextStyle } from './receipts.pen.ts';
export { formatDate, formatMoney, formatRate, localPhone } from './receipts.format.ts';

export const receiptsModule: HaatModule = {
  name: 'receipts',
  routes: receiptRoutes,
};
