import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../components/Feedback';
import { useFormat } from '../format';
import {
  MAX_REVIEW_PHOTOS,
  MAX_REVIEW_TEXT,
  PhotoUploadError,
  useWriteReview,
  type Review,
} from './api';
import { ReviewPhotos, SellerReply } from './ReviewList';
import { StarInput, Stars } from './Stars';

/** Local previews of the chosen photos; object URLs are released when they change. */
function usePreviews(files: File[]) {
  const urls = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

type WriteMutation = ReturnType<typeof useWriteReview>;

/** The server's message for its code; a refused photo also names the file. */
function WriteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof PhotoUploadError) {
    return (
      <ErrorBox
        error={
          new Error(t('reviews.photoFailed', { name: error.fileName, message: error.message }))
        }
      />
    );
  }
  return <ErrorBox error={error} />;
}

function ReviewForm({
  write,
  orderItemId,
  onClose,
}: {
  write: WriteMutation;
  orderItemId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [rating, setRating] = useState(0);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [tooMany, setTooMany] = useState(false);
  const previews = usePreviews(photos);

  return (
    <form
      className="stack card review-form"
      data-testid="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (rating < 1) return;
        write.mutate({ orderItemId, rating, text, photos });
      }}
    >
      <StarInput value={rating} onChange={setRating} disabled={write.isPending} />
      <label className="field">
        <span>{t('reviews.text')}</span>
        <textarea
          name="text"
          rows={4}
          maxLength={MAX_REVIEW_TEXT}
          value={text}
          onChange={(e) => setText(e.target.value)}
          disabled={write.isPending}
        />
      </label>
      <label className="button file-button">
        {t('reviews.addPhotos', { n: f.number(MAX_REVIEW_PHOTOS) })}
        <input
          type="file"
          name="photos"
          accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/gif"
          multiple
          data-testid="review-photo-input"
          disabled={write.isPending || photos.length >= MAX_REVIEW_PHOTOS}
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            const next = [...photos, ...chosen];
            setTooMany(next.length > MAX_REVIEW_PHOTOS);
            setPhotos(next.slice(0, MAX_REVIEW_PHOTOS));
            e.target.value = '';
          }}
        />
      </label>
      {tooMany && (
        <p className="hint" role="status">
          {t('reviews.photoLimit', { n: f.number(MAX_REVIEW_PHOTOS) })}
        </p>
      )}
      {photos.length > 0 && (
        <ul className="review-previews">
          {photos.map((file, i) => (
            <li key={previews[i]}>
              <img
                src={previews[i]}
                alt={file.name}
                width={72}
                height={72}
                data-testid="review-photo-preview"
              />
              <button
                type="button"
                className="link-button small"
                aria-label={t('reviews.removePhoto', { name: file.name })}
                onClick={() => {
                  setTooMany(false);
                  setPhotos(photos.filter((_, j) => j !== i));
                }}
                disabled={write.isPending}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <WriteError error={write.error} />
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={write.isPending || rating < 1}
          data-testid="review-submit"
        >
          {write.isPending ? t('common.wait') : t('reviews.submit')}
        </button>
        <button type="button" onClick={onClose} disabled={write.isPending}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** What an order item shows once reviewed: the customer's stars, text, photos, the shop's reply. */
export function MyReview({ review, badge = true }: { review: Review; badge?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="stack my-review" data-testid="my-review" data-rating={review.rating}>
      <p className="small">
        {badge && (
          <span className="badge badge-approved" data-testid="reviewed">
            {t('reviews.reviewed')}
          </span>
        )}{' '}
        <Stars rating={review.rating} />
      </p>
      {review.hidden && <p className="small muted">{t('reviews.hiddenByAdmin')}</p>}
      {review.text && <p className="review-text">{review.text}</p>}
      <ReviewPhotos photos={review.photos} />
      <SellerReply reply={review.reply} />
    </div>
  );
}

/** Under each item of a delivered order: "write a review", or the review already written. */
export function ItemReview({
  orderId,
  orderItemId,
  review,
}: {
  orderId: string;
  orderItemId: number;
  review: Review | undefined;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Held here, not in the form: the form goes once the review exists, a refused photo's
  // message stays under the review.
  const write = useWriteReview(orderId);
  if (review) {
    return (
      <>
        <MyReview review={review} />
        <WriteError error={write.error} />
      </>
    );
  }
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="write-review">
        {t('reviews.write')}
      </button>
    );
  }
  return <ReviewForm write={write} orderItemId={orderItemId} onClose={() => setOpen(false)} />;
}
