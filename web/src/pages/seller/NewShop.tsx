import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ShopForm, type ShopBody } from './ShopForm';

export default function NewShop() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: ShopBody) => ok(client.POST('/api/v1/shops', { body })),
    onSuccess: (shop) => {
      void queryClient.invalidateQueries({ queryKey: ['shops', 'mine'] });
      void navigate('/seller', { state: { created: shop.id } });
    },
  });
  return (
    <section className="stack narrow">
      <h1>{t('seller.newShop')}</h1>
      <p>{t('seller.newShopIntro')}</p>
      <ShopForm
        submitLabel={t('seller.submitShop')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) => create.mutate(input)}
      />
    </section>
  );
}
