import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCategories, type Category, type CategoryNode } from '../../api/catalog';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';

type Flat = { node: CategoryNode; depth: number; siblings: CategoryNode[]; index: number };

/** The tree in display order, each node with its depth and its siblings (for moving up/down). */
function flatten(nodes: CategoryNode[], depth = 0): Flat[] {
  return nodes.flatMap((node, index) => [
    { node, depth, siblings: nodes, index },
    ...flatten(node.children, depth + 1),
  ]);
}

/** Every id below a node (a node cannot move under itself or its descendants). */
function descendants(node: CategoryNode): Set<string> {
  return new Set([node.id, ...node.children.flatMap((c) => [...descendants(c)])]);
}

/** A URL name from the English name; Bengali-only names get a short random one. */
export function slugFrom(nameEn: string): string {
  const slug = nameEn
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || `category-${Math.random().toString(36).slice(2, 8)}`;
}

const label = (c: Category, lang: string) =>
  lang === 'en' ? `${c.nameEn} · ${c.nameBn}` : `${c.nameBn} · ${c.nameEn}`;

/** Manage the category tree: create, rename (bn/en), move under another parent, reorder, delete. */
export default function AdminCategories() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const tree = useQuery({
    queryKey: ['categories'],
    queryFn: fetchCategories,
  });
  const rows = flatten(tree.data?.items ?? []);
  const refresh = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: ['categories'] });
  };
  const reorder = useMutation({
    mutationFn: (body: { parentId: string | null; ids: string[] }) =>
      ok(client.POST('/api/v1/categories/reorder', { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(['categories'], data);
      setNotice(t('adminCategories.saved'));
    },
  });
  const move = (row: Flat, by: -1 | 1) => {
    const ids = row.siblings.map((s) => s.id);
    const to = row.index + by;
    if (to < 0 || to >= ids.length) return;
    [ids[row.index], ids[to]] = [ids[to]!, ids[row.index]!];
    reorder.mutate({ parentId: row.node.parentId, ids });
  };

  return (
    <section className="stack" data-testid="admin-categories">
      <h1>{t('adminCategories.title')}</h1>
      <CreateCategory
        options={rows}
        onCreated={() => refresh(t('adminCategories.created'))}
        lang={i18n.language}
      />
      {notice && <Notice testId="category-done">{notice}</Notice>}
      <ErrorBox error={reorder.error} />
      {tree.isPending && <Loading />}
      <ErrorBox error={tree.error} />
      {tree.isSuccess && rows.length === 0 && <p>{t('adminCategories.empty')}</p>}
      <ul className="list category-tree">
        {rows.map((row) => (
          <CategoryRow
            key={row.node.id}
            row={row}
            options={rows}
            busy={reorder.isPending}
            onMove={(by) => move(row, by)}
            onDone={refresh}
          />
        ))}
      </ul>
    </section>
  );
}

function ParentSelect({
  options,
  value,
  onChange,
  exclude,
  lang,
}: {
  options: Flat[];
  value: string;
  onChange: (value: string) => void;
  exclude?: Set<string>;
  lang: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="parentId"
      label={t('adminCategories.parent')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('adminCategories.top')}</option>
      {options
        .filter((o) => !exclude?.has(o.node.id))
        .map((o) => (
          <option key={o.node.id} value={o.node.id}>
            {'\u00a0\u00a0'.repeat(o.depth)}
            {label(o.node, lang)}
          </option>
        ))}
    </SelectField>
  );
}

function CreateCategory({
  options,
  onCreated,
  lang,
}: {
  options: Flat[];
  onCreated: () => void;
  lang: string;
}) {
  const { t } = useTranslation();
  const empty = { nameBn: '', nameEn: '', slug: '', parentId: '' };
  const [form, setForm] = useState(empty);
  const create = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/categories', {
          body: {
            nameBn: form.nameBn.trim(),
            nameEn: form.nameEn.trim(),
            slug: form.slug.trim() || slugFrom(form.nameEn),
            parentId: form.parentId || null,
          },
        }),
      ),
    onSuccess: () => {
      setForm(empty);
      onCreated();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <details className="card">
      <summary>{t('adminCategories.new')}</summary>
      <form className="form" onSubmit={submit} data-testid="new-category">
        <Field
          name="nameBn"
          lang="bn"
          label={t('adminCategories.nameBn')}
          required
          maxLength={120}
          value={form.nameBn}
          onChange={(e) => setForm((f) => ({ ...f, nameBn: e.target.value }))}
        />
        <Field
          name="nameEn"
          lang="en"
          label={t('adminCategories.nameEn')}
          required
          maxLength={120}
          value={form.nameEn}
          onChange={(e) => setForm((f) => ({ ...f, nameEn: e.target.value }))}
        />
        <Field
          name="slug"
          dir="ltr"
          label={t('adminCategories.slug')}
          hint={t('adminCategories.slugHint')}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          maxLength={80}
          value={form.slug}
          onChange={(e) => setForm((f) => ({ ...f, slug: e.target.value }))}
        />
        <ParentSelect
          options={options}
          value={form.parentId}
          onChange={(parentId) => setForm((f) => ({ ...f, parentId }))}
          lang={lang}
        />
        <ErrorBox error={create.error} />
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('adminCategories.create')}
        </button>
      </form>
    </details>
  );
}

function CategoryRow({
  row,
  options,
  busy,
  onMove,
  onDone,
}: {
  row: Flat;
  options: Flat[];
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { node } = row;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [form, setForm] = useState({
    nameBn: node.nameBn,
    nameEn: node.nameEn,
    parentId: node.parentId ?? '',
  });
  const save = useMutation({
    mutationFn: () =>
      ok(
        client.PATCH('/api/v1/categories/{id}', {
          params: { path: { id: node.id } },
          body: {
            nameBn: form.nameBn.trim(),
            nameEn: form.nameEn.trim(),
            parentId: form.parentId || null,
          },
        }),
      ),
    onSuccess: () => {
      setEditing(false);
      onDone(t('adminCategories.saved'));
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      ok(client.DELETE('/api/v1/categories/{id}', { params: { path: { id: node.id } } })),
    onSuccess: () => onDone(t('adminCategories.deleted')),
  });
  const name = label(node, i18n.language);

  return (
    <li
      className="card stack"
      data-testid="category-row"
      data-category-id={node.id}
      style={{ marginInlineStart: `${Math.min(row.depth, 4)}rem` }}
    >
      <div className="row-between">
        <strong lang={i18n.language === 'en' ? 'en' : 'bn'}>{name}</strong>
        <span className="muted small" dir="ltr">
          {node.slug}
        </span>
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          aria-label={t('adminCategories.moveUp', { name })}
          disabled={busy || row.index === 0}
          onClick={() => onMove(-1)}
        >
          ↑ {t('adminCategories.up')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={t('adminCategories.moveDown', { name })}
          disabled={busy || row.index === row.siblings.length - 1}
          onClick={() => onMove(1)}
        >
          ↓ {t('adminCategories.down')}
        </button>
        <button type="button" className="secondary" onClick={() => setEditing((v) => !v)}>
          {t('adminCategories.edit')}
        </button>
        <button type="button" className="danger" onClick={() => setDeleting(true)}>
          {t('adminCategories.delete')}
        </button>
      </div>
      {deleting && (
        <div className="stack">
          <p>{t('adminCategories.confirmDelete', { name })}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              data-testid="confirm-delete-category"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {t('adminCategories.delete')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDeleting(false);
                remove.reset();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorBox error={remove.error} />
      {editing && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <Field
            name="nameBn"
            lang="bn"
            label={t('adminCategories.nameBn')}
            required
            maxLength={120}
            value={form.nameBn}
            onChange={(e) => setForm((f) => ({ ...f, nameBn: e.target.value }))}
          />
          <Field
            name="nameEn"
            lang="en"
            label={t('adminCategories.nameEn')}
            required
            maxLength={120}
            value={form.nameEn}
            onChange={(e) => setForm((f) => ({ ...f, nameEn: e.target.value }))}
          />
          <ParentSelect
            options={options}
            value={form.parentId}
            onChange={(parentId) => setForm((f) => ({ ...f, parentId }))}
            exclude={descendants(node)}
            lang={i18n.language}
          />
          <ErrorBox error={save.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {t('adminCategories.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
