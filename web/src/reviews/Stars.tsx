import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import type { RatingAggregate } from './api';

/** Read-only stars with the rating said in words for screen readers ("৪ / ৫ তারা"). */
export function Stars({ rating }: { rating: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const full = Math.round(rating);
  return (
    <span
      className="stars"
      role="img"
      aria-label={t('reviews.starsOf', { n: f.number(rating) })}
      data-testid="stars"
      data-rating={rating}
    >
      {'★'.repeat(full)}
      <span className="stars-off">{'★'.repeat(5 - full)}</span>
    </span>
  );
}

/** The 1–5 choice as a radio group: one labelled radio per star, arrow keys move along. */
export function StarInput({
  value,
  onChange,
  disabled,
}: {
  value: number;
  onChange: (n: number) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const name = useId();
  return (
    <fieldset className="star-input" disabled={disabled}>
      <legend>{t('reviews.rating')}</legend>
      <div className="star-options">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={n <= value ? 'on' : ''}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              required
            />
            <span aria-hidden="true">★</span>
            <span className="sr-only">{t('reviews.stars', { n: f.number(n), count: n })}</span>
          </label>
        ))}
      </div>
      {value > 0 && (
        <p className="small muted" aria-live="polite">
          {t(`reviews.ratingWord.${value}`)}
        </p>
      )}
    </fieldset>
  );
}

/** Average and count ("৪.৫ ★ · ১২টি রিভিউ") with the 5→1 histogram bars. */
export function RatingSummary({ aggregate }: { aggregate: RatingAggregate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labelId = useId();
  if (aggregate.count === 0 || aggregate.average === null) {
    return (
      <p className="muted" data-testid="rating-summary" data-count={0}>
        {t('reviews.none')}
      </p>
    );
  }
  return (
    <div className="rating-summary" data-testid="rating-summary" data-count={aggregate.count}>
      <p id={labelId}>
        <strong className="rating-average" data-testid="rating-average">
          {f.number(aggregate.average, { minimumFractionDigits: 1, maximumFractionDigits: 2 })}
        </strong>{' '}
        <Stars rating={aggregate.average} />{' '}
        <span className="muted" data-testid="rating-count">
          {t('reviews.count', { n: f.number(aggregate.count), count: aggregate.count })}
        </span>
      </p>
      <ul className="histogram" aria-labelledby={labelId}>
        {(['5', '4', '3', '2', '1'] as const).map((k) => (
          <li key={k}>
            <span>{f.number(Number(k))} ★</span>
            <span className="bar">
              <span style={{ width: `${(aggregate.histogram[k] / aggregate.count) * 100}%` }} />
            </span>
            <span className="small muted">{f.number(aggregate.histogram[k])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
