import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiBlob, apiUpload, client, ok } from '../api/client';
import { ErrorBox, Notice } from '../components/Feedback';
import { refreshOrder, type OrderDetail } from '../shop/api';

type PrescriptionFile = {
  id: string;
  contentType: string;
  url: string;
};

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

export function usePrescription(orderId: string, enabled = true) {
  return useQuery({
    queryKey: ['prescription', orderId],
    enabled,
    queryFn: () =>
      ok(client.GET('/api/v1/orders/{id}/prescriptions', { params: { path: { id: orderId } } })),
  });
}

/** The order's "prescription needed" line, in the words of its status. */
export function PrescriptionStatus({ status }: { status: OrderDetail['prescriptionStatus'] }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <p
      className={status === 'approved' ? 'badge badge-approved' : 'badge badge-pending'}
      data-testid="prescription-status"
      data-status={status}
    >
      {t(`prescriptions.status.${status}`)}
    </p>
  );
}

/**
 * One private file, read with the session (never a public link): a photo shown, a PDF embedded.
 * The object URL lives as long as the component.
 */
function FileView({ file, index }: { file: PrescriptionFile; index: number }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    apiBlob(file.url.replace(/^\/api\/v1/, ''))
      .then((blob) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [file.url]);
  const label = t('prescriptions.fileN', { n: index + 1 });
  if (failed) return <p className="hint warn">{t('prescriptions.fileFailed')}</p>;
  if (!url) return <p className="small muted">{label}…</p>;
  return (
    <figure className="stack" data-testid="prescription-file">
      {file.contentType === 'application/pdf' ? (
        <object data={url} type="application/pdf" width="100%" height="480" aria-label={label}>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {label} (PDF)
          </a>
        </object>
      ) : (
        <a href={url} target="_blank" rel="noopener noreferrer">
          <img src={url} alt={label} style={{ maxWidth: '100%', maxHeight: 480 }} />
        </a>
      )}
    </figure>
  );
}

export function FileList({ files }: { files: PrescriptionFile[] }) {
  return (
    <div className="stack">
      {files.map((f, i) => (
        <FileView key={f.id} file={f} index={i} />
      ))}
    </div>
  );
}

/** The buyer's side: what is needed, the upload (camera on phones), the pharmacist's answer. */
export function CustomerPrescription({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rx = usePrescription(order.id, Boolean(order.prescriptionStatus));
  const upload = useMutation({
    mutationFn: (file: File) => apiUpload(`/orders/${order.id}/prescriptions`, file),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['prescription', order.id] });
      await refreshOrder(queryClient, order.id);
    },
  });
  if (!order.prescriptionStatus) return null;
  const open =
    (order.prescriptionStatus === 'required' || order.prescriptionStatus === 'submitted') &&
    (order.status === 'placed' || order.status === 'pending_payment');
  const onFile = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) upload.mutate(file);
    e.target.value = '';
  };
  return (
    <section className="card stack" data-testid="prescription-panel">
      <h2>{t('prescriptions.title')}</h2>
      <PrescriptionStatus status={order.prescriptionStatus} />
      {order.prescriptionStatus === 'required' && (
        <Notice testId="prescription-needed">{t('prescriptions.needed')}</Notice>
      )}
      {rx.data?.review?.decision === 'reject' && (
        <p className="alert alert-error" data-testid="prescription-rejected">
          {t('prescriptions.rejectedBecause', { reason: rx.data.review.reason ?? '' })}
        </p>
      )}
      {rx.data?.review?.decision === 'approve' && (
        <p className="small" data-testid="prescription-approved-by">
          {t('prescriptions.approvedBy', {
            name: rx.data.review.pharmacistName,
            reg: rx.data.review.pharmacistRegistrationNo,
          })}
        </p>
      )}
      {rx.data && rx.data.files.length > 0 && <FileList files={rx.data.files} />}
      {open && (
        <div className="actions">
          <label className="button primary">
            {t('prescriptions.takePhoto')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              data-testid="prescription-camera"
              onChange={onFile}
            />
          </label>
          <label className="button">
            {t('prescriptions.chooseFile')}
            <input
              type="file"
              accept={ACCEPT}
              hidden
              data-testid="prescription-upload"
              onChange={onFile}
            />
          </label>
        </div>
      )}
      {open && <p className="hint">{t('prescriptions.uploadHint')}</p>}
      {upload.isPending && <p className="small muted">{t('prescriptions.uploading')}</p>}
      {upload.error && <ErrorBox error={upload.error} />}
      {rx.error && <ErrorBox error={rx.error} />}
    </section>
  );
}

/** The pharmacy's side: the files through the authorized endpoint, approve or reject with reason. */
export function SellerPrescription({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rx = usePrescription(order.id, Boolean(order.prescriptionStatus));
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (body: { decision: 'approve' | 'reject'; reason?: string }) =>
      ok(
        client.POST('/api/v1/orders/{id}/prescription-review', {
          params: { path: { id: order.id } },
          body,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['prescription', order.id] });
      await refreshOrder(queryClient, order.id);
    },
  });
  if (!order.prescriptionStatus) return null;
  const data = rx.data;
  const reject = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) decide.mutate({ decision: 'reject', reason: reason.trim() });
  };
  return (
    <section className="card stack" data-testid="prescription-review">
      <h2>{t('prescriptions.title')}</h2>
      <PrescriptionStatus status={order.prescriptionStatus} />
      {order.prescriptionStatus === 'required' && (
        <p className="hint">{t('prescriptions.waitingForCustomer')}</p>
      )}
      {data && data.files.length > 0 && <FileList files={data.files} />}
      {data?.review && (
        <p className="small" data-testid="prescription-decision">
          {t(`prescriptions.decision.${data.review.decision}`, {
            name: data.review.pharmacistName,
            reg: data.review.pharmacistRegistrationNo,
          })}
          {data.review.reason ? ` · ${data.review.reason}` : ''}
        </p>
      )}
      {data && !data.pharmacist && order.prescriptionStatus === 'submitted' && (
        <p className="alert alert-error" data-testid="pharmacist-missing">
          {t('prescriptions.pharmacistMissing')}{' '}
          <Link to={`/seller/shops/${order.shopId}/settings`}>{t('prescriptions.toSettings')}</Link>
        </p>
      )}
      {data?.pharmacist && order.prescriptionStatus === 'submitted' && (
        <div className="stack">
          <p className="small">
            {t('prescriptions.reviewAs', {
              name: data.pharmacist.name,
              reg: data.pharmacist.registrationNo,
            })}
          </p>
          <button
            type="button"
            className="primary"
            data-testid="prescription-approve"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ decision: 'approve' })}
          >
            {t('prescriptions.approve')}
          </button>
          <form className="stack" onSubmit={reject}>
            <label className="field">
              <span>{t('prescriptions.rejectReason')}</span>
              <input
                name="prescription-reason"
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
              />
            </label>
            <button
              type="submit"
              className="danger"
              data-testid="prescription-reject"
              disabled={decide.isPending || !reason.trim()}
            >
              {t('prescriptions.reject')}
            </button>
          </form>
        </div>
      )}
      {decide.error && <ErrorBox error={decide.error} />}
      {rx.error && <ErrorBox error={rx.error} />}
    </section>
  );
}

/** The registered pharmacist on a pharmacy's public page. */
export function ShopPharmacist({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['pharmacist', shopId],
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/pharmacist', { params: { path: { id: shopId } } })),
  });
  const p = q.data?.pharmacist;
  if (!p) return null;
  return (
    <p className="small" data-testid="shop-pharmacist">
      {t('prescriptions.pharmacistLine', { name: p.name, reg: p.registrationNo })}
    </p>
  );
}

/** The owner names the pharmacy's registered pharmacist (shop settings). */
export function PharmacistForm({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const q = useQuery({
    queryKey: ['pharmacist', shopId],
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/pharmacist', { params: { path: { id: shopId } } })),
  });
  const save = useMutation({
    mutationFn: (body: { name: string; registrationNo: string }) =>
      ok(client.PUT('/api/v1/shops/{id}/pharmacist', { params: { path: { id: shopId } }, body })),
    onSuccess: (data) => queryClient.setQueryData(['pharmacist', shopId], data),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    save.mutate({
      name: String(form.get('pharmacistName') ?? '').trim(),
      registrationNo: String(form.get('registrationNo') ?? '').trim(),
    });
  };
  if (q.isPending) return null;
  const p = q.data?.pharmacist;
  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="pharmacist-form">
      <h2>{t('prescriptions.pharmacistTitle')}</h2>
      <p className="hint">{t('prescriptions.pharmacistHint')}</p>
      <label className="field">
        <span>{t('prescriptions.pharmacistName')}</span>
        <input name="pharmacistName" required maxLength={120} defaultValue={p?.name ?? ''} />
      </label>
      <label className="field">
        <span>{t('prescriptions.registrationNo')}</span>
        <input
          name="registrationNo"
          required
          maxLength={60}
          defaultValue={p?.registrationNo ?? ''}
        />
      </label>
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('common.save')}
      </button>
      {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
      {save.error && <ErrorBox error={save.error} />}
    </form>
  );
}
