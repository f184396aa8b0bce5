import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../api/client';
import { ErrorBox } from '../components/Feedback';

/**
 * "Download receipt": the order's receipt as a PDF (GET /orders/{id}/receipt.pdf), in the
 * language the page is shown in. A download through the API client, so the session's token goes
 * with it (a plain link would not carry it).
 */
export function ReceiptDownload({ order }: { order: { id: string; number: string } }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'bn';
  const download = useMutation({
    mutationFn: () =>
      apiDownload(
        `/orders/${order.id}/receipt.pdf?lang=${lang}`,
        `haat-receipt-${order.number}-${lang}.pdf`,
      ),
  });
  return (
    <div className="small">
      <button
        type="button"
        className="link-button"
        data-testid="receipt-download"
        onClick={() => download.mutate()}
        disabled={download.isPending}
      >
        {download.isPending ? t('common.wait') : t('receipt.download')}
      </button>
      <ErrorBox error={download.error} />
    </div>
  );
}
