import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorBox, Notice } from '../../components/Feedback';
import { useHiddenReviews, useModerate, type Review } from '../../reviews/api';
import { MyReview } from '../../reviews/WriteReview';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Moderation by review id: hide an abusive review or show it again, with the reason the API
 * requires. Reviews are usually hidden straight from the product and shop pages, which show
 * "hide" to admins; the hidden ones are listed below, newest first, to pick one and show it again.
 */
export default function AdminReviews() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [id, setId] = useState(params.get('id') ?? '');
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<Review | null>(null);
  const moderate = useModerate();
  const hiddenReviews = useHiddenReviews();
  const valid = UUID.test(id.trim());

  const act = (hide: boolean) =>
    moderate.mutate(
      { id: id.trim(), hide, reason },
      {
        onSuccess: (review) => {
          setResult(review);
          setParams({ id: review.id }, { replace: true });
        },
      },
    );

  return (
    <section className="stack narrow" data-testid="admin-reviews">
      <h1>{t('reviews.adminTitle')}</h1>
      <p className="hint">{t('reviews.adminHint')}</p>
      <form className="stack" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>{t('reviews.reviewId')}</span>
          <input
            name="reviewId"
            value={id}
            onChange={(e) => setId(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={id.trim() !== '' && !valid ? true : undefined}
          />
        </label>
        <label className="field">
          <span>{t('reviews.moderationReason')}</span>
          <input
            name="reason"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <ErrorBox error={moderate.error} />
        <div className="actions">
          <button
            type="button"
            className="danger"
            disabled={!valid || !reason.trim() || moderate.isPending}
            onClick={() => act(true)}
          >
            {t('reviews.hide')}
          </button>
          <button
            type="button"
            disabled={!valid || !reason.trim() || moderate.isPending}
            onClick={() => act(false)}
          >
            {t('reviews.unhide')}
          </button>
        </div>
      </form>
      {result && (
        <div className="card stack" data-testid="moderated-review">
          <Notice>{result.hidden ? t('reviews.nowHidden') : t('reviews.nowVisible')}</Notice>
          <MyReview review={result} badge={false} />
          {result.hiddenReason && (
            <p className="small muted">
              {t('reviews.moderationReason')}: {result.hiddenReason}
            </p>
          )}
        </div>
      )}
      <h2>{t('reviews.hiddenList')}</h2>
      <ErrorBox error={hiddenReviews.error} />
      {hiddenReviews.data?.pages[0]?.items.length === 0 && (
        <p className="muted">{t('reviews.noneHidden')}</p>
      )}
      <ul className="list">
        {hiddenReviews.data?.pages
          .flatMap((page) => page.items)
          .map((review) => (
            <li key={review.id} className="card stack" data-testid="hidden-review">
              <MyReview review={review} badge={false} />
              <p className="small muted">
                {t('reviews.moderationReason')}: {review.hiddenReason}
              </p>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setId(review.id);
                  window.scrollTo({ top: 0 });
                }}
              >
                {t('reviews.pick')}
              </button>
            </li>
          ))}
      </ul>
      {hiddenReviews.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={hiddenReviews.isFetchingNextPage}
          onClick={() => void hiddenReviews.fetchNextPage()}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
