import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice, StatusBadge } from '../../components/Feedback';
import { PharmacistForm } from '../../prescriptions/Prescription';
import { DeliverySettings } from './DeliverySettings';
import { RiskPolicyForm } from './RiskPolicyForm';
import { ShopForm, type ShopBody } from './ShopForm';
import { shopName } from './shopName';

export default function ShopSettings() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const path = { id };
  const shop = useQuery({
    queryKey: ['shop', id],
    queryFn: () => ok(client.GET('/api/v1/shops/{id}', { params: { path } })),
  });
  const save = useMutation({
    mutationFn: async (body: ShopBody) => {
      const before = shop.data?.status;
      const updated = await ok(client.PATCH('/api/v1/shops/{id}', { params: { path }, body }));
      return { updated, sentForReview: before === 'approved' && updated.status === 'pending' };
    },
    onSuccess: ({ updated }) => {
      queryClient.setQueryData(['shop', id], updated);
      void queryClient.invalidateQueries({ queryKey: ['shops', 'mine'] });
    },
  });

  if (shop.isPending) return <Loading />;
  if (shop.error) return <ErrorBox error={shop.error} />;
  const data = shop.data;
  return (
    <section className="stack narrow">
      <p>
        <Link to="/seller" className="tap">
          ← {t('nav.myShops')}
        </Link>
      </p>
      <h1>{shopName(data, i18n.language)}</h1>
      <p>
        <StatusBadge status={data.status} />
      </p>
      {data.status === 'suspended' && (
        <div className="alert alert-error" data-testid="suspension-reason">
          <p>
            {t('seller.suspensionReason')}: {data.suspensionReason}
          </p>
          <p className="small">{t('seller.suspendedHint')}</p>
        </div>
      )}
      {data.status === 'rejected' && data.rejectionReason && (
        <p className="alert alert-error">
          {t('seller.rejectionReason')}: {data.rejectionReason}
        </p>
      )}
      {save.data?.sentForReview ? (
        <Notice testId="sent-for-review">{t('seller.sentForReview')}</Notice>
      ) : (
        save.isSuccess && <Notice>{t('common.saved')}</Notice>
      )}
      <ShopForm
        key={data.updatedAt}
        shop={data}
        submitLabel={t('common.save')}
        pending={save.isPending}
        error={save.error}
        onSubmit={(input) => save.mutate(input)}
      />
      <DeliverySettings shopId={data.id} />
      <RiskPolicyForm shopId={data.id} />
      {data.type === 'pharmacy' && <PharmacistForm shopId={data.id} />}
    </section>
  );
}
