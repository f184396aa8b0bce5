import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiUpload, client, ok } from '../../api/client';
import type { ApiResponse } from '../../api/schema';
import { ErrorBox } from '../../components/Feedback';
import { useFormat } from '../../format';

type Intake = ApiResponse<'/api/v1/shops/{id}/medicine-intakes/{intakeId}'>;
type Line = Intake['lines'][number];
type Candidate = Line['candidates'][number];

/**
 * `/seller/shops/:id/stock-from-list`: a pharmacy pastes a list, uploads a CSV or photographs a
 * printed list; sure lines are stocked at once, the others wait here for one tap.
 */
export default function StockFromList() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [intake, setIntake] = useState<Intake | null>(null);
  const submit = useMutation({
    mutationFn: (input: { text: string } | { file: File }) =>
      'text' in input
        ? ok(
            client.POST('/api/v1/shops/{id}/medicine-intakes', {
              params: { path: { id } },
              body: { text: input.text },
            }),
          )
        : apiUpload<Intake>(`/shops/${id}/medicine-intakes/upload`, input.file),
    onSuccess: (data) => setIntake(data),
  });

  function paste(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) submit.mutate({ text });
  }

  function replaceLine(line: Line) {
    setIntake((current) => {
      if (!current) return current;
      const lines = current.lines.map((l) => (l.id === line.id ? line : l));
      const count = (s: Line['status']) => lines.filter((l) => l.status === s).length;
      return {
        ...current,
        lines,
        summary: {
          lines: lines.length,
          added: count('added'),
          pending: count('pending'),
          skipped: count('skipped'),
        },
      };
    });
  }

  const added = intake?.lines.filter((l) => l.status === 'added') ?? [];
  const pending = intake?.lines.filter((l) => l.status === 'pending') ?? [];

  return (
    <section className="stack">
      <p>
        <Link to={`/seller/shops/${id}/products`} className="tap">
          ← {t('sellerProducts.title')}
        </Link>
      </p>
      <h1>{t('intake.title')}</h1>
      <p>{t('intake.intro')}</p>
      <form className="form card" onSubmit={paste}>
        <div className="field">
          <label htmlFor="intake-text">{t('intake.paste')}</label>
          <textarea
            id="intake-text"
            rows={8}
            value={text}
            placeholder={t('intake.placeholder')}
            onChange={(e) => setText(e.target.value)}
            data-testid="intake-text"
          />
        </div>
        <button
          type="submit"
          className="primary"
          disabled={!text.trim() || submit.isPending}
          data-testid="intake-submit"
        >
          {submit.isPending ? t('common.wait') : t('intake.match')}
        </button>
      </form>
      <div className="card form">
        <div className="field">
          <label htmlFor="intake-file">{t('intake.file')}</label>
          <input
            id="intake-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) submit.mutate({ file: f });
            }}
          />
          <small className="hint">{t('intake.fileHint')}</small>
        </div>
        <div className="field">
          <label htmlFor="intake-photo">{t('intake.photo')}</label>
          <input
            id="intake-photo"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) submit.mutate({ file: f });
            }}
            data-testid="intake-photo"
          />
          <small className="hint">{t('intake.photoHint')}</small>
        </div>
      </div>
      {submit.isPending && <p className="hint">{t('intake.working')}</p>}
      <ErrorBox error={submit.error} />
      {intake && (
        <section className="stack" data-testid="intake-result">
          <ul className="summary">
            {(['added', 'pending', 'skipped'] as const).map((k) => (
              <li key={k} data-testid={`intake-summary-${k}`}>
                <strong>{format.number(intake.summary[k])}</strong> {t(`intake.summary.${k}`)}
              </li>
            ))}
          </ul>
          {pending.length > 0 && (
            <section className="stack">
              <h2>{t('intake.review')}</h2>
              <p className="hint">{t('intake.reviewHint')}</p>
              {pending.map((line) => (
                <ReviewLine
                  key={line.id}
                  shopId={id}
                  intakeId={intake.id}
                  line={line}
                  onChange={replaceLine}
                />
              ))}
            </section>
          )}
          {added.length > 0 && (
            <section className="stack">
              <h2>{t('intake.added')}</h2>
              <ul className="list">
                {added.map((line) => (
                  <li key={line.id} className="card" data-testid="intake-added">
                    <strong>{line.line}</strong>
                    {line.result && (
                      <div className="small">
                        {line.result.created ? t('intake.created') : t('intake.stockAdded')} ·{' '}
                        {t('intake.stockCount', { n: format.number(line.result.stockAdded) })} ·{' '}
                        {format.price(line.result.price)}
                        {line.result.priceCapped && (
                          <span className="badge" data-testid="intake-capped">
                            {' '}
                            {t('intake.capped')}
                          </span>
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      )}
    </section>
  );
}

function ReviewLine(props: {
  shopId: string;
  intakeId: string;
  line: Line;
  onChange: (line: Line) => void;
}) {
  const { shopId, intakeId, line, onChange } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [stock, setStock] = useState(String(line.stock));
  const [price, setPrice] = useState('');
  const [query, setQuery] = useState('');
  const path = { id: shopId, intakeId, lineId: line.id };
  const accept = useMutation({
    mutationFn: (c: Candidate) => {
      const taka = Number(toAscii(price).replace(',', '.'));
      return ok(
        client.POST('/api/v1/shops/{id}/medicine-intakes/{intakeId}/lines/{lineId}/accept', {
          params: { path },
          body: {
            medicineId: c.medicineId,
            unit: c.unit,
            stock: Math.max(0, Math.trunc(Number(toAscii(stock)) || 0)),
            price: price.trim() && Number.isFinite(taka) ? Math.round(taka * 100) : c.price,
          },
        }),
      );
    },
    onSuccess: onChange,
  });
  const skip = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/shops/{id}/medicine-intakes/{intakeId}/lines/{lineId}/skip', {
          params: { path },
        }),
      ),
    onSuccess: onChange,
  });
  const search = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/shops/{id}/medicine-intakes/{intakeId}/lines/{lineId}/search', {
          params: { path },
          body: { query },
        }),
      ),
    onSuccess: onChange,
  });
  const busy = accept.isPending || skip.isPending || search.isPending;

  return (
    <article className="card stack" data-testid="intake-review-line">
      <div className="title-row">
        <strong>{line.line}</strong>
        <button type="button" onClick={() => skip.mutate()} disabled={busy}>
          {t('intake.skip')}
        </button>
      </div>
      <div className="actions">
        <label>
          {t('intake.stock')}{' '}
          <input
            inputMode="numeric"
            value={stock}
            onChange={(e) => setStock(e.target.value)}
            style={{ width: '6em' }}
            data-testid="intake-stock"
          />
        </label>
        <label>
          {t('intake.price')}{' '}
          <input
            inputMode="decimal"
            value={price}
            placeholder={t('intake.priceMrp')}
            onChange={(e) => setPrice(e.target.value)}
            style={{ width: '7em' }}
          />
        </label>
      </div>
      {line.candidates.length === 0 && <p className="hint">{t('intake.noCandidates')}</p>}
      <div className="stack">
        {line.candidates.map((c) => (
          <button
            key={c.medicineId}
            type="button"
            disabled={busy}
            onClick={() => accept.mutate(c)}
            data-testid="intake-candidate"
            style={{ display: 'block', width: '100%', textAlign: 'start' }}
          >
            <span style={{ display: 'block' }}>
              <strong>
                {c.brand} {c.strength}
              </strong>{' '}
              · {c.form} · {c.manufacturer}
              {c.prescriptionRequired && <span className="badge"> Rx</span>}
            </span>
            <span className="small muted" style={{ display: 'block' }}>
              {c.generic} · {t('intake.mrp')}{' '}
              {c.mrp === null ? t('intake.unknown') : format.price(c.mrp)} (
              {t(`intake.unit.${c.unit}`)}) ·{' '}
              {t('intake.confidence', { n: format.number(Math.round(c.confidence * 100)) })}
            </span>
          </button>
        ))}
      </div>
      <form
        className="actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) search.mutate();
        }}
      >
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('intake.searchAgain')}
          aria-label={t('intake.searchAgain')}
        />
        <button type="submit" disabled={busy || !query.trim()}>
          {t('intake.search')}
        </button>
      </form>
      <ErrorBox error={accept.error ?? skip.error ?? search.error} />
    </article>
  );
}

/** Bengali digits typed on a phone keyboard count as numbers. */
function toAscii(s: string) {
  return s.replace(/[\u09e6-\u09ef]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
}
