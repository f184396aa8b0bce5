import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProduct, type Product, type ProductImage } from '../../api/catalog';
import { apiUpload, client, ok } from '../../api/client';
import { ErrorBox } from '../../components/Feedback';
import { ProductImage as Picture } from '../../components/ProductImage';

type Pending = { key: string; name: string; preview: string };

/**
 * Photos of a product: upload several at once (previews while they go up), then the server
 * resizes them in the background; the list polls until every photo is ready. Reorder and delete.
 */
export function ImagesPanel({ product }: { product: Product }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['product', product.id];
  const live = useQuery({
    queryKey: key,
    queryFn: () => fetchProduct(product.id),
    initialData: product,
    refetchInterval: (q) =>
      q.state.data?.images.some((i) => i.status === 'processing') ? 1500 : false,
  });
  const images = [...(live.data?.images ?? [])].sort((a, b) => a.position - b.position);
  const [pending, setPending] = useState<Pending[]>([]);
  const [errors, setErrors] = useState<unknown[]>([]);

  // Object URLs of the previews are released when they are no longer shown.
  useEffect(() => () => pending.forEach((p) => URL.revokeObjectURL(p.preview)), [pending]);

  async function upload(files: FileList | null) {
    if (!files?.length) return;
    const list = [...files].map((file, i) => ({
      file,
      key: `${Date.now()}-${i}`,
      name: file.name,
      preview: URL.createObjectURL(file),
    }));
    setErrors([]);
    setPending((p) => [...p, ...list]);
    // One at a time: a phone on a slow line does better with sequential uploads.
    for (const item of list) {
      try {
        await apiUpload<ProductImage>(`/products/${product.id}/images`, item.file);
      } catch (error) {
        setErrors((e) => [...e, error]);
      }
      setPending((p) => p.filter((x) => x.key !== item.key));
      await queryClient.invalidateQueries({ queryKey: key });
    }
  }

  const reorder = useMutation({
    mutationFn: (imageIds: string[]) =>
      ok(
        client.PATCH('/api/v1/products/{id}/images/order', {
          params: { path: { id: product.id } },
          body: { imageIds },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation({
    mutationFn: (imageId: string) =>
      ok(
        client.DELETE('/api/v1/products/{id}/images/{imageId}', {
          params: { path: { id: product.id, imageId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  function move(index: number, by: -1 | 1) {
    const ids = images.map((i) => i.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    reorder.mutate(ids);
  }

  return (
    <section className="stack card" data-testid="images-panel">
      <h2>{t('images.title')}</h2>
      <p className="hint">{t('images.hint')}</p>
      <label className="button file-button">
        {t('images.add')}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/gif"
          multiple
          name="images"
          data-testid="image-input"
          onChange={(e) => {
            void upload(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      {errors.map((error, i) => (
        <ErrorBox key={i} error={error} />
      ))}
      <ErrorBox error={reorder.error ?? remove.error} />
      <ul className="image-grid">
        {images.map((image, i) => (
          <li key={image.id} data-testid="product-image" data-status={image.status}>
            {image.status === 'ready' && image.urls ? (
              <Picture urls={image.urls} sizes="96px" light="thumb" alt="" width={96} height={96} />
            ) : (
              <span className={`image-state image-${image.status}`}>
                {t(`images.status.${image.status}`)}
              </span>
            )}
            <div className="image-actions">
              <button
                type="button"
                aria-label={t('images.moveUp')}
                disabled={i === 0 || reorder.isPending}
                onClick={() => move(i, -1)}
              >
                ←
              </button>
              <button
                type="button"
                aria-label={t('images.moveDown')}
                disabled={i === images.length - 1 || reorder.isPending}
                onClick={() => move(i, 1)}
              >
                →
              </button>
              <button
                type="button"
                aria-label={t('images.delete')}
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('images.confirmDelete'))) remove.mutate(image.id);
                }}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
        {pending.map((p) => (
          <li key={p.key} data-testid="image-uploading">
            <img src={p.preview} alt="" width={96} height={96} className="uploading" />
            <span className="image-state">{t('images.uploading')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
