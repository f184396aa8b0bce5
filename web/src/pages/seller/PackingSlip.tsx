import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';
import { CollectAtDoor, OrderTotals } from '../../shop/OrderBits';
import { DeliveryAddress, useOrder } from '../OrderDetail';

/**
 * One order on paper for the packer and the rider: number, shop, lines, where to go, and — for
 * cash on delivery not yet paid — the amount to collect at the door. Printing hides the app's
 * header and buttons (see @media print in styles.css).
 */
export default function PackingSlip() {
  const { orderId = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const order = useOrder(orderId);
  if (order.isPending) return <Loading />;
  if (order.error) return <ErrorBox error={order.error} />;
  const o = order.data;
  return (
    <article className="stack slip" data-testid="packing-slip">
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('slip.print')}
      </button>
      <div className="title-row">
        <h1>{o.number}</h1>
        <span>{o.shopName}</span>
      </div>
      <p className="small">{f.dateTime(o.createdAt)}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('slip.item')}</th>
            <th>{t('slip.quantity')}</th>
            <th>{t('slip.price')}</th>
          </tr>
        </thead>
        <tbody>
          {o.items.map((i) => (
            <tr key={i.id} data-testid="slip-line">
              <td>
                {i.name}
                {i.variantLabel ? ` · ${i.variantLabel}` : ''}
              </td>
              <td>{f.number(i.quantity)}</td>
              <td>{f.price(i.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <OrderTotals order={o} />
      <CollectAtDoor order={o} />
      <DeliveryAddress address={o.address} />
    </article>
  );
}
