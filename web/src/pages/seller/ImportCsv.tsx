import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../api/catalog';
import { apiDownload, apiUpload } from '../../api/client';
import { ErrorBox } from '../../components/Feedback';
import { useFormat } from '../../format';

/** `/seller/shops/:id/import`: template, upload, and the per-row report. */
export default function ImportCsv() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => apiUpload<ImportReport>(`/shops/${id}/products/import`, f),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['seller-products', id] }),
  });

  async function download(path: string, filename: string) {
    setDownloadError(null);
    try {
      await apiDownload(path, filename);
    } catch (error) {
      setDownloadError(error);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) upload.mutate(file);
  }

  const report = upload.data;
  const rows = report?.rows.filter((r) => !onlyProblems || r.result === 'rejected') ?? [];

  return (
    <section className="stack">
      <p>
        <Link to={`/seller/shops/${id}/products`} className="tap">
          ← {t('sellerProducts.title')}
        </Link>
      </p>
      <h1>{t('csv.title')}</h1>
      <p>{t('csv.intro')}</p>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            void download(`/shops/${id}/products/csv-template`, 'haat-products-template.csv')
          }
        >
          {t('csv.template')}
        </button>
        <button
          type="button"
          onClick={() => void download(`/shops/${id}/products/export.csv`, 'haat-products.csv')}
        >
          {t('sellerProducts.export')}
        </button>
      </div>
      <ErrorBox error={downloadError} />
      <form className="form card" onSubmit={submit}>
        <div className="field">
          <label htmlFor="csv-file">{t('csv.file')}</label>
          <input
            id="csv-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <small className="hint">{t('csv.fileHint')}</small>
        </div>
        <ErrorBox error={upload.error} />
        <button type="submit" className="primary" disabled={!file || upload.isPending}>
          {upload.isPending ? t('common.wait') : t('csv.upload')}
        </button>
      </form>
      {report && (
        <section className="stack" data-testid="import-report">
          <h2>{t('csv.report')}</h2>
          <ul className="summary">
            {(['created', 'updated', 'unchanged', 'rejected'] as const).map((k) => (
              <li key={k} className={`summary-${k}`} data-testid={`summary-${k}`}>
                <strong>{format.number(report.summary[k])}</strong> {t(`csv.result.${k}`)}
              </li>
            ))}
          </ul>
          <label className="check">
            <input
              type="checkbox"
              checked={onlyProblems}
              onChange={(e) => setOnlyProblems(e.target.checked)}
            />
            {t('csv.onlyRejected')}
          </label>
          <div className="table-wrap">
            <table className="report">
              <thead>
                <tr>
                  <th>{t('csv.row')}</th>
                  <th>{t('csv.sku')}</th>
                  <th>{t('csv.resultCol')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.row} className={`row-${r.result}`} data-testid="report-row">
                    <td>{format.number(r.row)}</td>
                    <td>
                      {r.productSku}
                      {r.variantSku && r.variantSku !== r.productSku && (
                        <div className="muted small">{r.variantSku}</div>
                      )}
                    </td>
                    <td>
                      <strong>{t(`csv.result.${r.result}`)}</strong>
                      {r.reasons?.map((reason, i) => (
                        <div key={i} className="small">
                          <code>{reason.column}</code>: {reason.message}
                          {reason.detail && <span className="muted"> ({reason.detail})</span>}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </section>
  );
}
