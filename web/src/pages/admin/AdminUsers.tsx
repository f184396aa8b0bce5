import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { client, ok } from '../../api/client';
import { useSession } from '../../api/session';
import type { ApiResponse } from '../../api/schema';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { oneOf } from '../../components/urlFilters';
import { useFormat } from '../../format';

const roles = ['customer', 'seller', 'admin'] as const;
const statuses = ['active', 'blocked', 'deleted'] as const;
export type AdminUser = ApiResponse<'/api/v1/admin/users'>['items'][number];
type UserRole = AdminUser['role'];
type UserStatus = AdminUser['status'];
// The runtime lists above must name exactly the roles and statuses the API answers with.
roles satisfies readonly UserRole[];
statuses satisfies readonly UserStatus[];

/**
 * Users: search by name, phone or email, filter by role and status, block (with a reason) and
 * unblock, change a role. Each action asks for confirmation first; the server audits it.
 */
export default function AdminUsers() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = params.get('role') ?? '';
  const status = params.get('status') ?? '';
  const [draft, setDraft] = useState({ q, role, status });
  const [notice, setNotice] = useState<string | null>(null);
  const users = useInfiniteQuery({
    queryKey: ['admin-users', q, role, status],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = {
        limit: 20,
        q: q || undefined,
        role: oneOf(role, roles),
        status: oneOf(status, statuses),
        cursor: pageParam || undefined,
      };
      return ok(client.GET('/api/v1/admin/users', { params: { query } }));
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setParams(
      Object.fromEntries(Object.entries({ ...draft, q: draft.q.trim() }).filter(([, v]) => v)),
    );
  }

  return (
    <section className="stack" data-testid="admin-users">
      <h1>{t('adminUsers.title')}</h1>
      <form className="stack card" role="search" onSubmit={submit}>
        <Field
          type="search"
          name="q"
          label={t('adminUsers.search')}
          value={draft.q}
          onChange={(e) => setDraft((d) => ({ ...d, q: e.target.value }))}
        />
        <SelectField
          name="role"
          label={t('adminUsers.role')}
          value={draft.role}
          onChange={(e) => setDraft((d) => ({ ...d, role: e.target.value }))}
        >
          <option value="">{t('adminUsers.any')}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="status"
          label={t('adminUsers.status')}
          value={draft.status}
          onChange={(e) => setDraft((d) => ({ ...d, status: e.target.value }))}
        >
          <option value="">{t('adminUsers.any')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`adminUsers.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="secondary">
          {t('common.find')}
        </button>
      </form>
      {notice && <Notice testId="user-action-done">{notice}</Notice>}
      {users.isPending && <Loading />}
      <ErrorBox error={users.error} />
      {users.isSuccess && items.length === 0 && <p>{t('adminUsers.none')}</p>}
      <ul className="list">
        {items.map((u) => (
          <UserCard key={u.id} user={u} onDone={setNotice} />
        ))}
      </ul>
      {users.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => void users.fetchNextPage()}
          disabled={users.isFetchingNextPage}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

function UserCard({ user, onDone }: { user: AdminUser; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const me = useSession().user;
  const [blocking, setBlocking] = useState(false);
  const [newRole, setNewRole] = useState<UserRole>(user.role);
  const [confirmRole, setConfirmRole] = useState(false);
  const path = { id: user.id };
  const after = (message: string) => {
    onDone(message);
    void queryClient.invalidateQueries({ queryKey: ['admin-users'] });
  };
  const block = useMutation({
    mutationFn: (reason: string) =>
      ok(client.POST('/api/v1/admin/users/{id}/block', { params: { path }, body: { reason } })),
    onSuccess: () => {
      setBlocking(false);
      after(t('adminUsers.blocked'));
    },
  });
  const unblock = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/admin/users/{id}/unblock', { params: { path } })),
    onSuccess: () => after(t('adminUsers.unblocked')),
  });
  const changeRole = useMutation({
    mutationFn: (role: UserRole) =>
      ok(client.PUT('/api/v1/admin/users/{id}/role', { params: { path }, body: { role } })),
    onSuccess: () => {
      setConfirmRole(false);
      after(t('adminUsers.roleChanged'));
    },
  });
  const isMe = me?.id === user.id;

  return (
    <li className="card stack" data-testid="admin-user" data-user-id={user.id}>
      <div className="title-row">
        <h2>{user.name}</h2>
        <span
          className={`badge ${user.status === 'active' ? 'badge-approved' : 'badge-rejected'}`}
          data-testid="user-status"
          data-status={user.status}
        >
          {t(`adminUsers.statuses.${user.status}`)}
        </span>
      </div>
      <dl className="facts">
        <dt>{t('adminUsers.role')}</dt>
        <dd data-testid="user-role">{t(`roles.${user.role}`)}</dd>
        {user.phone && (
          <>
            <dt>{t('fields.phone')}</dt>
            <dd dir="ltr">{user.phone}</dd>
          </>
        )}
        {user.email && (
          <>
            <dt>{t('fields.email')}</dt>
            <dd dir="ltr">{user.email}</dd>
          </>
        )}
        <dt>{t('adminUsers.joined')}</dt>
        <dd>{format.dateTime(user.createdAt)}</dd>
        <dt>{t('adminUsers.lastLogin')}</dt>
        <dd>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('adminUsers.never')}</dd>
      </dl>
      <ErrorBox error={block.error ?? unblock.error ?? changeRole.error} />
      {user.status !== 'deleted' && !isMe && (
        <>
          <div className="actions">
            {user.status === 'blocked' ? (
              <button
                type="button"
                className="primary"
                disabled={unblock.isPending}
                onClick={() => unblock.mutate()}
              >
                {t('adminUsers.unblock')}
              </button>
            ) : (
              !blocking && (
                <button type="button" className="danger" onClick={() => setBlocking(true)}>
                  {t('adminUsers.block')}
                </button>
              )
            )}
          </div>
          {blocking && (
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                block.mutate(String(new FormData(event.currentTarget).get('reason') ?? '').trim());
              }}
            >
              <div className="field">
                <label htmlFor={`block-${user.id}`}>{t('adminUsers.blockReason')}</label>
                <textarea id={`block-${user.id}`} name="reason" required rows={2} maxLength={500} />
              </div>
              <div className="actions">
                <button type="submit" className="danger" disabled={block.isPending}>
                  {t('adminUsers.confirmBlock')}
                </button>
                <button type="button" className="secondary" onClick={() => setBlocking(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
          <div className="row">
            <SelectField
              name="role"
              label={t('adminUsers.newRole')}
              value={newRole}
              onChange={(e) => {
                setNewRole(e.target.value as UserRole);
                setConfirmRole(false);
              }}
            >
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </SelectField>
            <button
              type="button"
              className="secondary"
              disabled={newRole === user.role}
              onClick={() => setConfirmRole(true)}
            >
              {t('adminUsers.changeRole')}
            </button>
          </div>
          {confirmRole && newRole !== user.role && (
            <div className="stack">
              <p>{t('adminUsers.confirmRole', { name: user.name, role: t(`roles.${newRole}`) })}</p>
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  disabled={changeRole.isPending}
                  onClick={() => changeRole.mutate(newRole)}
                >
                  {t('adminUsers.confirm')}
                </button>
                <button type="button" className="secondary" onClick={() => setConfirmRole(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </li>
  );
}
