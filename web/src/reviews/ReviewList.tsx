import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { ErrorBox, Notice } from '../components/Feedback';
import { Skeleton } from '../components/Catalog';
import { useFormat } from '../format';
import {
  MAX_REVIEW_TEXT,
  useModerate,
  useReply,
  useReviews,
  type PublicReview,
  type ReviewPhoto,
  type ReviewReply,
  type ReviewSubject,
} from './api';
import { RatingSummary, Stars } from './Stars';

export function ReviewPhotos({ photos }: { photos: ReviewPhoto[] }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <div className="review-photos">
      {photos.map((p, i) => (
        <a key={p.id} href={p.large} target="_blank" rel="noreferrer">
          <img
            src={p.thumb}
            alt={t('reviews.photo', { n: i + 1 })}
            width={72}
            height={72}
            loading="lazy"
            data-testid="review-photo"
          />
        </a>
      ))}
    </div>
  );
}

export function SellerReply({ reply }: { reply: ReviewReply }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!reply) return null;
  return (
    <div className="review-reply" data-testid="review-reply">
      <p className="small">
        <strong>{t('reviews.shopReply')}</strong> · {f.dateTime(reply.createdAt)}
      </p>
      {/* Text, never HTML: React escapes it, so "<b>" shows as typed. */}
      <p className="review-text">{reply.text}</p>
    </div>
  );
}

/** One review as text: stars, author, date, text, photos, the shop's reply, then any actions. */
export function ReviewCard({ review, children }: { review: PublicReview; children?: ReactNode }) {
  const f = useFormat();
  return (
    <li className="card review" data-testid="review" data-review-id={review.id}>
      <div className="title-row">
        <Stars rating={review.rating} />
        <span className="small muted">{f.dateTime(review.createdAt)}</span>
      </div>
      <p className="small" data-testid="review-author">
        {review.authorName}
      </p>
      {review.text && (
        <p className="review-text" data-testid="review-text">
          {review.text}
        </p>
      )}
      <ReviewPhotos photos={review.photos} />
      <SellerReply reply={review.reply} />
      {children}
    </li>
  );
}

/** The shop's one reply (POST /reviews/{id}/reply); the server refuses a second one. */
export function ReplyForm({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const reply = useReply();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="reply-open">
        {t('reviews.reply')}
      </button>
    );
  }
  return (
    <form
      className="stack"
      data-testid="reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        reply.mutate({ id: reviewId, text });
      }}
    >
      <label className="field">
        <span>{t('reviews.replyText')}</span>
        <textarea
          name="reply"
          rows={3}
          maxLength={MAX_REVIEW_TEXT}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <p className="hint">{t('reviews.replyOnce')}</p>
      <ErrorBox error={reply.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={reply.isPending || !text.trim()}>
          {t('reviews.sendReply')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Admin: hide (or show again) a review, with the reason the API requires. */
export function ModerateForm({
  reviewId,
  hidden = false,
  onDone,
}: {
  reviewId: string;
  hidden?: boolean;
  onDone?: (hidden: boolean) => void;
}) {
  const { t } = useTranslation();
  const moderate = useModerate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <button
        type="button"
        className={hidden ? '' : 'danger'}
        onClick={() => setOpen(true)}
        data-testid="moderate-open"
      >
        {hidden ? t('reviews.unhide') : t('reviews.hide')}
      </button>
    );
  }
  return (
    <form
      className="stack"
      data-testid="moderate-form"
      onSubmit={(e) => {
        e.preventDefault();
        moderate.mutate(
          { id: reviewId, hide: !hidden, reason },
          {
            onSuccess: (r) => {
              setOpen(false);
              setReason('');
              onDone?.(r.hidden);
            },
          },
        );
      }}
    >
      <label className="field">
        <span>{t('reviews.moderationReason')}</span>
        <input
          name="reason"
          maxLength={500}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <ErrorBox error={moderate.error} />
      <div className="actions">
        <button
          type="submit"
          className={hidden ? 'primary' : 'danger'}
          disabled={moderate.isPending || !reason.trim()}
        >
          {hidden ? t('reviews.unhide') : t('reviews.hide')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Compact "৪.৫ ★ (১২)" near a title, linking down to the reviews; nothing without reviews. */
export function RatingBadge({
  subject,
  id,
  reserve = false,
}: {
  subject: ReviewSubject;
  id: string;
  /** Keep its line while loading and when there is no rating (the page does not jump). */
  reserve?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const reviews = useReviews(subject, id);
  const aggregate = reviews.data?.pages[0]?.aggregate;
  if (!aggregate || aggregate.average === null) {
    if (!reserve) return null;
    return (
      <span className="rating-badge small muted" data-testid="rating-placeholder">
        {reviews.isPending ? '\u00a0' : t('reviews.none')}
      </span>
    );
  }
  return (
    <a href={`#reviews-${id}`} className="rating-badge small" data-testid="rating-badge">
      <Stars rating={aggregate.average} />{' '}
      {f.number(aggregate.average, { minimumFractionDigits: 1, maximumFractionDigits: 2 })} ·{' '}
      {t('reviews.count', { n: f.number(aggregate.count), count: aggregate.count })}
    </a>
  );
}

/**
 * A product's or shop's rating and visible reviews, ten at a time. `replyAs` shows the reply
 * action to the shop's owner (the seller console); admins get "hide" on every review.
 */
export function ReviewSection({
  subject,
  id,
  replyAs = false,
  heading = true,
}: {
  subject: ReviewSubject;
  id: string;
  replyAs?: boolean;
  heading?: boolean;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const reviews = useReviews(subject, id);
  const [hiddenId, setHiddenId] = useState<string | null>(null);
  const first = reviews.data?.pages[0];
  const items = reviews.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section
      className="stack"
      data-testid="reviews"
      id={`reviews-${id}`}
      aria-label={heading ? undefined : t('reviews.title')}
      aria-labelledby={heading ? `reviews-${id}-title` : undefined}
    >
      {heading && <h2 id={`reviews-${id}-title`}>{t('reviews.title')}</h2>}
      {reviews.isPending && <Skeleton count={2} />}
      <ErrorBox error={reviews.error} />
      {first && <RatingSummary aggregate={first.aggregate} />}
      {hiddenId && (
        <Notice testId="review-hidden">
          {t('reviews.hiddenNotice')} <code>{hiddenId}</code> ·{' '}
          <Link to={`/admin/reviews?id=${hiddenId}`}>{t('reviews.undo')}</Link>
        </Notice>
      )}
      <ul className="list">
        {items.map((r) => (
          <ReviewCard key={r.id} review={r}>
            {replyAs && !r.reply && <ReplyForm reviewId={r.id} />}
            {user?.role === 'admin' && (
              <ModerateForm reviewId={r.id} onDone={() => setHiddenId(r.id)} />
            )}
          </ReviewCard>
        ))}
      </ul>
      {reviews.hasNextPage && (
        <button
          type="button"
          onClick={() => void reviews.fetchNextPage()}
          disabled={reviews.isFetchingNextPage}
          data-testid="reviews-more"
        >
          {t('reviews.more')}
        </button>
      )}
    </section>
  );
}
