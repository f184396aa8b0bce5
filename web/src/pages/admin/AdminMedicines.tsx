import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorBox, Notice } from '../../components/Feedback';
import { useFormat } from '../../format';
import {
  PRESCRIPTION_CLASSES,
  useMedicine,
  useMedicineSearch,
  useSetMedicineClass,
  type MedicineDetail,
  type MedicineSummary,
  type PrescriptionClass,
} from '../../pharmacy/api';

function Mrp({ m }: { m: MedicineSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (m.mrp.unitPrice === null) return <span className="muted">{t('medicines.noMrp')}</span>;
  return (
    <span>
      {format.price(m.mrp.unitPrice)} /{' '}
      {m.mrp.priceBasis === 'unit' ? t('medicines.perUnit') : m.mrp.priceBasis}
    </span>
  );
}

function ClassForm({ medicine }: { medicine: MedicineDetail }) {
  const { t } = useTranslation();
  const [cls, setCls] = useState<PrescriptionClass>(medicine.prescriptionClass);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const change = useSetMedicineClass(medicine.id);
  return (
    <form
      className="stack"
      data-testid="medicine-class-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        change.mutate(
          { prescriptionClass: cls, reason },
          {
            onSuccess: () => {
              setSaved(true);
              setReason('');
            },
          },
        );
      }}
    >
      <label className="field">
        <span>{t('medicines.class')}</span>
        <select
          name="prescriptionClass"
          value={cls}
          onChange={(e) => setCls(e.target.value as PrescriptionClass)}
        >
          {PRESCRIPTION_CLASSES.map((c) => (
            <option key={c} value={c}>
              {t(`medicines.classes.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('medicines.reason')}</span>
        <input
          name="reason"
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <ErrorBox error={change.error} />
      {saved && <Notice>{t('medicines.saved')}</Notice>}
      <div className="actions">
        <button type="submit" className="primary" disabled={!reason.trim() || change.isPending}>
          {t('medicines.saveClass')}
        </button>
      </div>
    </form>
  );
}

function Entry({ id }: { id: string }) {
  const { t } = useTranslation();
  const medicine = useMedicine(id);
  if (medicine.error) return <ErrorBox error={medicine.error} />;
  const m = medicine.data;
  if (!m) return null;
  return (
    <div className="card stack" data-testid="medicine-entry">
      <h2>
        {m.brand} {m.strength}
      </h2>
      <dl className="facts">
        <dt>{t('medicines.generic')}</dt>
        <dd>{m.genericName || '—'}</dd>
        <dt>{t('medicines.form')}</dt>
        <dd>{m.dosageForm}</dd>
        <dt>{t('medicines.manufacturer')}</dt>
        <dd>{m.manufacturer}</dd>
        <dt>{t('medicines.drugClass')}</dt>
        <dd>{m.drugClass ?? '—'}</dd>
        <dt>{t('medicines.mrp')}</dt>
        <dd>
          <Mrp m={m} />
        </dd>
        <dt>{t('medicines.class')}</dt>
        <dd data-testid="medicine-class">
          {t(`medicines.classes.${m.prescriptionClass}`)}
          {m.classOverridden && ` (${t('medicines.overridden')})`}
        </dd>
        <dt>{t('medicines.reason')}</dt>
        <dd>{m.classReason ?? '—'}</dd>
      </dl>
      <ClassForm key={`${m.id}:${m.prescriptionClass}`} medicine={m} />
      {m.alternatives.length > 0 && (
        <>
          <h3>{t('medicines.alternatives')}</h3>
          <ul className="list">
            {m.alternatives.map((a) => (
              <li key={a.id} className="row-between">
                <span>
                  {a.brand} · {a.manufacturer}
                </span>
                <Mrp m={a} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The medicine master: search by brand or generic, see an entry, change its class with a reason. */
export default function AdminMedicines() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [query, setQuery] = useState(q);
  const selected = params.get('id');
  const results = useMedicineSearch(query);
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="stack" data-testid="admin-medicines">
      <h1>{t('medicines.adminTitle')}</h1>
      <p className="hint">{t('medicines.adminHint')}</p>
      <form
        className="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(q.trim());
          setParams(q.trim() ? { q: q.trim() } : {}, { replace: true });
        }}
      >
        <input
          name="q"
          type="search"
          value={q}
          placeholder={t('medicines.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit">{t('medicines.search')}</button>
      </form>
      {selected && <Entry id={selected} />}
      <ErrorBox error={results.error} />
      {results.data && items.length === 0 && <p className="muted">{t('medicines.none')}</p>}
      <ul className="list">
        {items.map((m) => (
          <li key={m.id} className="card row-between" data-testid="medicine-row">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setParams(query ? { q: query, id: m.id } : { id: m.id });
                window.scrollTo({ top: 0 });
              }}
            >
              {m.brand} {m.strength} · {m.dosageForm}
            </button>
            <span className="small muted">
              {m.genericName} · {t(`medicines.classes.${m.prescriptionClass}`)}
            </span>
          </li>
        ))}
      </ul>
      {results.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
