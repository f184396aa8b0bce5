import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiUpload, client, ok } from '../api/client';
import { fetchShopProducts } from '../api/catalog';
import { useSession } from '../api/session';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { useFormat } from '../format';
import { FileList } from './Prescription';

/** On a pharmacy's page: send a prescription without choosing items. */
export function SendPrescription({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const send = useMutation({
    mutationFn: () =>
      apiUpload<{ id: string }>('/prescription-requests', file!, undefined, {
        shopId,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (r) => navigate(`/prescriptions/${r.id}`),
  });
  const { user } = useSession();
  if (user && user.role !== 'customer') return null;
  return (
    <form
      className="card stack"
      data-testid="send-prescription"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (file) send.mutate();
      }}
    >
      <h2>{t('prescriptions.sendTitle')}</h2>
      <p className="hint">{t('prescriptions.sendHint')}</p>
      {!user ? (
        <Link to="/login">{t('prescriptions.signInToSend')}</Link>
      ) : (
        <>
          <label className="field">
            <span>{t('prescriptions.chooseFile')}</span>
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,application/pdf"
              data-testid="send-prescription-file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <label className="field">
            <span>{t('prescriptions.note')}</span>
            <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={!file || send.isPending}>
            {t('prescriptions.send')}
          </button>
          {send.error && <ErrorBox error={send.error} />}
        </>
      )}
    </form>
  );
}

function useRequest(id: string) {
  return useQuery({
    queryKey: ['prescription-request', id],
    queryFn: () =>
      ok(client.GET('/api/v1/prescription-requests/{id}', { params: { path: { id } } })),
  });
}

/** Whether a product (by its searchable name) is the matcher's candidate: brand and strength number. */
function sellsCandidate(productName: string, brand: string, strength: string): boolean {
  if (!productName.includes(brand.toLowerCase())) return false;
  const number = /\d+(?:\.\d+)?/.exec(strength)?.[0];
  return !number || productName.includes(number);
}

/** The pharmacy builds its proposal from its own products on sale. */
function ProposalBuilder({ requestId, shopId }: { requestId: string; shopId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [note, setNote] = useState('');
  const products = useQuery({
    queryKey: ['shop-products-for-proposal', shopId],
    queryFn: () => fetchShopProducts(shopId, { limit: 100, status: 'active' }),
  });
  const propose = useMutation({
    mutationFn: () =>
      ok(
        client.PUT('/api/v1/prescription-requests/{id}/proposal', {
          params: { path: { id: requestId } },
          body: {
            items: Object.entries(chosen)
              .filter(([, n]) => n > 0)
              .map(([variantId, quantity]) => ({ variantId, quantity })),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(['prescription-request', requestId], data),
  });
  // The prescription's lines, typed as written, go through the medicine matcher; each line's best
  // candidate that this pharmacy sells is put in the proposal (the pharmacist checks and adjusts).
  const [lines, setLines] = useState('');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const readLines = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/shops/{id}/medicines/match', {
          params: { path: { id: shopId } },
          body: {
            lines: lines
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .slice(0, 100),
          },
        }),
      ),
    onSuccess: (data) => {
      const next = { ...chosen };
      const missed: string[] = [];
      for (const result of data.results) {
        const row = result.candidates
          .map((c) => rows.find((r) => sellsCandidate(r.search, c.brand, c.strength)))
          .find(Boolean);
        if (row)
          next[row.variantId] = Math.max(next[row.variantId] ?? 0, result.quantity?.quantity ?? 1);
        else missed.push(result.line);
      }
      setChosen(next);
      setUnmatched(missed);
    },
  });
  const needle = q.trim().toLowerCase();
  const rows = (products.data?.items ?? []).flatMap((p) =>
    p.variants.map((v) => ({
      variantId: v.id,
      name: `${p.nameBn ?? p.nameEn ?? ''}${v.label ? ` · ${v.label}` : ''}`,
      search: `${p.nameBn ?? ''} ${p.nameEn ?? ''}`.toLowerCase(),
      price: v.price,
    })),
  );
  const shown = needle ? rows.filter((r) => r.search.includes(needle)) : rows;
  return (
    <section className="card stack" data-testid="proposal-builder">
      <h2>{t('prescriptions.buildProposal')}</h2>
      <label className="field">
        <span>{t('prescriptions.readLines')}</span>
        <textarea
          rows={4}
          value={lines}
          data-testid="proposal-lines"
          placeholder="Napa 500 tab 10\nSeclo 20 cap"
          onChange={(e) => setLines(e.target.value)}
        />
      </label>
      <button
        type="button"
        data-testid="proposal-read-lines"
        disabled={readLines.isPending || !lines.trim() || products.isPending}
        onClick={() => readLines.mutate()}
      >
        {t('prescriptions.matchLines')}
      </button>
      {readLines.error && <ErrorBox error={readLines.error} />}
      {unmatched.length > 0 && (
        <Notice>
          {t('prescriptions.linesNotStocked')}: {unmatched.join(', ')}
        </Notice>
      )}
      <label className="field">
        <span>{t('prescriptions.findProduct')}</span>
        <input value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      {products.isPending && <Loading />}
      <ul className="list">
        {shown.slice(0, 30).map((r) => (
          <li key={r.variantId} className="title-row" data-testid="proposal-row">
            <span>
              {r.name} · {f.price(r.price)}
            </span>
            <input
              type="number"
              min={0}
              max={100}
              aria-label={t('prescriptions.quantityOf', { name: r.name })}
              value={chosen[r.variantId] ?? 0}
              style={{ width: '5em' }}
              onChange={(e) =>
                setChosen({ ...chosen, [r.variantId]: Math.max(0, Number(e.target.value) || 0) })
              }
            />
          </li>
        ))}
      </ul>
      <label className="field">
        <span>{t('prescriptions.pharmacistNote')}</span>
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button
        type="button"
        className="primary"
        data-testid="send-proposal"
        disabled={propose.isPending || !Object.values(chosen).some((n) => n > 0)}
        onClick={() => propose.mutate()}
      >
        {t('prescriptions.sendProposal')}
      </button>
      {propose.error && <ErrorBox error={propose.error} />}
    </section>
  );
}

/** One request, for its customer (confirm the proposal) or its pharmacy (build the proposal). */
export function PrescriptionRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const req = useRequest(id);
  const confirm = useMutation({
    mutationFn: () =>
      ok(client.POST('/api/v1/prescription-requests/{id}/confirm', { params: { path: { id } } })),
    onSuccess: async (data) => {
      queryClient.setQueryData(['prescription-request', id], data);
      await queryClient.invalidateQueries({ queryKey: ['cart'] });
      navigate('/checkout');
    },
  });
  const close = useMutation({
    mutationFn: () =>
      ok(client.POST('/api/v1/prescription-requests/{id}/close', { params: { path: { id } } })),
    onSuccess: (data) => queryClient.setQueryData(['prescription-request', id], data),
  });
  if (req.isPending) return <Loading />;
  if (req.error) return <ErrorBox error={req.error} />;
  const r = req.data;
  const open = r.status === 'submitted' || r.status === 'proposed';
  return (
    <article className="stack" data-testid="prescription-request">
      <h1>{t('prescriptions.requestTitle', { shop: r.shopName })}</h1>
      <p className="badge badge-pending" data-testid="request-status" data-status={r.status}>
        {t(`prescriptions.requestStatus.${r.status}`)}
      </p>
      {r.note && <p>{r.note}</p>}
      <FileList files={r.files} />
      {r.items.length > 0 && (
        <section className="card stack" data-testid="proposal">
          <h2>{t('prescriptions.proposal')}</h2>
          <ul className="list">
            {r.items.map((i) => (
              <li key={i.variantId} className="title-row">
                <span>
                  {i.name}
                  {i.variantLabel ? ` · ${i.variantLabel}` : ''} × {f.number(i.quantity)}
                </span>
                <span>{f.price(i.lineTotal)}</span>
              </li>
            ))}
          </ul>
          {r.pharmacistNote && <p className="small">{r.pharmacistNote}</p>}
        </section>
      )}
      {user?.role === 'customer' && r.status === 'proposed' && (
        <button
          type="button"
          className="primary"
          data-testid="confirm-proposal"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          {t('prescriptions.confirmProposal')}
        </button>
      )}
      {user?.role === 'customer' && r.status === 'submitted' && (
        <Notice>{t('prescriptions.waitingForPharmacy')}</Notice>
      )}
      {user?.role === 'seller' && open && <ProposalBuilder requestId={r.id} shopId={r.shopId} />}
      {open && (
        <button type="button" className="danger" onClick={() => close.mutate()}>
          {t(user?.role === 'seller' ? 'prescriptions.decline' : 'prescriptions.cancelRequest')}
        </button>
      )}
      {r.orderId && (
        <Link
          to={user?.role === 'seller' ? `/seller/shops/${r.shopId}/orders` : `/orders/${r.orderId}`}
        >
          {t('prescriptions.toOrder')}
        </Link>
      )}
      {confirm.error && <ErrorBox error={confirm.error} />}
      {close.error && <ErrorBox error={close.error} />}
    </article>
  );
}

/** The customer's requests, or (with a shop id in the path) a pharmacy's. */
export function PrescriptionRequestList() {
  const { id } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const list = useQuery({
    queryKey: ['prescription-requests', id ?? 'mine'],
    queryFn: () =>
      id
        ? ok(
            client.GET('/api/v1/shops/{id}/prescription-requests', {
              params: { path: { id }, query: { limit: 50 } },
            }),
          )
        : ok(client.GET('/api/v1/prescription-requests', { params: { query: { limit: 50 } } })),
  });
  return (
    <section className="stack" data-testid="prescription-requests">
      <h1>{t('prescriptions.requestsTitle')}</h1>
      {list.isPending && <Loading />}
      {list.error && <ErrorBox error={list.error} />}
      {list.data?.items.length === 0 && <Notice>{t('prescriptions.noRequests')}</Notice>}
      <ul className="list">
        {list.data?.items.map((r) => (
          <li key={r.id} className="card title-row">
            <Link to={`/prescriptions/${r.id}`}>
              {r.shopName} · {f.dateTime(r.createdAt)}
            </Link>
            <span className="small">{t(`prescriptions.requestStatus.${r.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
