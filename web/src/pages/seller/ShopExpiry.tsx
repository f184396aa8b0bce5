import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../api/schema';
import { apiDownload, apiUpload, client, ok } from '../../api/client';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';

type BatchImport = ApiResponse<'/api/v1/shops/{id}/batches/import', 'post'>;

/** `/seller/shops/:id/expiry`: stock value by expiry month, near-expiry batches, CSV in and out. */
export default function ShopExpiry() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const path = { params: { path: { id } } };
  const tracking = useQuery({
    queryKey: ['batch-tracking', id],
    queryFn: () => ok(client.GET('/api/v1/shops/{id}/batch-tracking', path)),
  });
  const report = useQuery({
    queryKey: ['batch-report', id],
    queryFn: () => ok(client.GET('/api/v1/shops/{id}/batches/report', path)),
  });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) =>
      ok(client.PUT('/api/v1/shops/{id}/batch-tracking', { ...path, body: { enabled } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['batch-tracking', id] }),
  });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const r = report.data;
  const month = (ym: string) =>
    new Intl.DateTimeFormat(format.number(0) === '০' ? 'bn-BD' : 'en-BD', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${ym}-01T00:00:00Z`));

  return (
    <section className="stack" data-testid="shop-expiry">
      <p>
        <Link to="/seller" className="tap">
          ← {t('nav.myShops')}
        </Link>
      </p>
      <h1>{t('batches.reportTitle')}</h1>
      <p className="muted">{t('batches.reportIntro')}</p>
      {tracking.data && !tracking.data.pharmacy && (
        <label className="check">
          <input
            type="checkbox"
            name="batchTracking"
            checked={tracking.data.enabled}
            disabled={toggle.isPending}
            onChange={(e) => toggle.mutate(e.target.checked)}
          />{' '}
          {t('batches.trackingToggle')}
        </label>
      )}
      <ErrorBox error={toggle.error ?? tracking.error} />
      {report.isPending && <Loading />}
      <ErrorBox error={report.error} />
      {r && (
        <>
          <table className="table" data-testid="expiry-months">
            <thead>
              <tr>
                <th>{t('batches.month')}</th>
                <th>{t('batches.batchCount')}</th>
                <th>{t('batches.quantity')}</th>
                <th>{t('batches.value')}</th>
              </tr>
            </thead>
            <tbody>
              {r.months.map((m) => (
                <tr key={m.month}>
                  <td>{month(m.month)}</td>
                  <td>{format.number(m.batches)}</td>
                  <td>{format.number(m.quantity)}</td>
                  <td>{format.price(m.valuePoisha)}</td>
                </tr>
              ))}
              <tr className="text-err" data-testid="expiry-expired">
                <td>{t('batches.expiredRow')}</td>
                <td>{format.number(r.expired.batches)}</td>
                <td>{format.number(r.expired.quantity)}</td>
                <td>{format.price(r.expired.valuePoisha)}</td>
              </tr>
              <tr>
                <td>{t('batches.unbatchedRow')}</td>
                <td />
                <td>{format.number(r.unbatched.quantity)}</td>
                <td>{format.price(r.unbatched.valuePoisha)}</td>
              </tr>
              <tr>
                <th>{t('batches.total')}</th>
                <td />
                <th>{format.number(r.total.quantity)}</th>
                <th data-testid="expiry-total">{format.price(r.total.valuePoisha)}</th>
              </tr>
            </tbody>
          </table>
          <p className="muted small">
            {t('batches.writtenOff', {
              n: format.number(r.writtenOff.quantity),
              value: format.price(r.writtenOff.valuePoisha),
            })}
            {r.valuedAtPrice > 0 &&
              ` ${t('batches.valuedAtPrice', { n: format.number(r.valuedAtPrice) })}`}
          </p>
          <h2>{t('batches.nearTitle')}</h2>
          {r.nearExpiry.length === 0 && <p className="muted">{t('batches.nearNone')}</p>}
          <ul className="list" data-testid="near-expiry">
            {r.nearExpiry.map((n) => (
              <li key={n.batchId} className="card">
                <Link to={`/seller/products/${n.productId}/batches`}>{n.productName}</Link>{' '}
                <span className="muted">
                  {n.batchNumber ?? '—'} · {format.number(n.quantity)} ·{' '}
                  {format.price(n.valuePoisha)}
                </span>
                <div className={n.daysLeft <= 30 ? 'text-err' : 'text-warn'}>
                  {t('batches.statusNear', { days: format.number(n.daysLeft) })}
                </div>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setDownloadError(null);
                apiDownload(`/shops/${id}/batches/report.csv`, 'haat-expiry-report.csv').catch(
                  setDownloadError,
                );
              }}
            >
              {t('batches.downloadCsv')}
            </button>
          </div>
          <ErrorBox error={downloadError} />
        </>
      )}
      {tracking.data?.enabled && <UploadBatches shopId={id} />}
    </section>
  );
}

function UploadBatches({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => apiUpload<BatchImport>(`/shops/${shopId}/batches/import`, f),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['batch-report', shopId] }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) upload.mutate(file);
  }
  const s = upload.data?.summary;
  return (
    <form className="form card" onSubmit={submit} data-testid="batch-upload">
      <h2>{t('batches.uploadTitle')}</h2>
      <p className="hint">{t('batches.uploadHint')}</p>
      <input
        type="file"
        name="file"
        accept=".csv,text/csv"
        aria-label={t('batches.uploadTitle')}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <ErrorBox error={upload.error} />
      <button type="submit" className="primary" disabled={!file || upload.isPending}>
        {upload.isPending ? t('common.wait') : t('batches.upload')}
      </button>
      {s && (
        <p data-testid="batch-upload-summary">
          {t('batches.uploadSummary', {
            created: format.number(s.created),
            updated: format.number(s.updated),
            unchanged: format.number(s.unchanged),
            rejected: format.number(s.rejected),
          })}
        </p>
      )}
      <ul className="small">
        {upload.data?.rows
          .filter((row) => row.result === 'rejected')
          .map((row) => (
            <li key={row.row} className="text-err">
              {t('batches.uploadRow', { row: format.number(row.row) })}: {row.message}
            </li>
          ))}
      </ul>
    </form>
  );
}
