import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

export type AdvanceDetails = {
  shopId?: string;
  advancePoisha?: number;
  dueAtDoorPoisha?: number;
  advanceProvider?: 'bkash' | null;
};

/**
 * A shop's risk policy asks the delivery charge in advance of this COD order (COD_ADVANCE_REQUIRED):
 * offers to pay that much by bKash now and the rest at the door. Without bKash here, the error
 * above already tells the customer to pay the whole order online.
 */
export function CodAdvanceOffer({
  details,
  disabled,
  onAccept,
}: {
  details: AdvanceDetails;
  disabled: boolean;
  onAccept: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (details.advanceProvider !== 'bkash' || !details.advancePoisha) return null;
  return (
    <div className="card stack" data-testid="cod-advance-offer">
      <p className="small">
        {t('codAdvance.offer', {
          advance: f.price(details.advancePoisha),
          rest: f.price(details.dueAtDoorPoisha ?? 0),
        })}
      </p>
      <button
        type="button"
        className="primary"
        onClick={onAccept}
        disabled={disabled}
        data-testid="cod-advance-accept"
      >
        {t('codAdvance.pay', { advance: f.price(details.advancePoisha) })}
      </button>
    </div>
  );
}
