import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';

type PaymentRow = {
  id: string;
  orderId: string;
  orderNumber: string;
  provider: string;
  status: string;
  amount: number;
  flaggedReason?: string | null;
  createdAt?: string;
};

export default function AdminPayments() {
  const { t } = useTranslation();
  const f = useFormat();
  const payments = useQuery({
    queryKey: ['admin-payments'],
    queryFn: () => api<Page<PaymentRow>>('/admin/payments?limit=100'),
  });
  return (
    <section className="stack" data-testid="admin-payments">
      <h1>{t('adminPayments.title')}</h1>
      {payments.isPending && <Loading />}
      {payments.error && <ErrorBox error={payments.error} />}
      <table className="table">
        <thead>
          <tr>
            <th>{t('adminPayments.order')}</th>
            <th>{t('checkout.payment')}</th>
            <th>{t('adminPayments.amount')}</th>
            <th>{t('adminPayments.status')}</th>
          </tr>
        </thead>
        <tbody>
          {payments.data?.items.map((p) => (
            <tr key={p.id} className={p.flaggedReason ? 'flagged' : undefined}>
              <td>
                <Link to={`/orders/${p.orderId}`}>{p.orderNumber}</Link>
              </td>
              <td>{t(`payment.${p.provider}`, p.provider)}</td>
              <td>{f.price(p.amount)}</td>
              <td>
                {t(`paymentStatus.${p.status}`, p.status)}
                {p.flaggedReason && (
                  <div className="small warn">
                    {t('adminPayments.flagged')}: {p.flaggedReason}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
