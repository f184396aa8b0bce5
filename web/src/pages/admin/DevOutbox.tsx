import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';

type Tab = 'mail' | 'sms';

/** What the app would have sent when no SMTP server or SMS gateway is configured. */
export default function DevOutbox() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('mail');
  const [draft, setDraft] = useState('');
  const [to, setTo] = useState('');
  return (
    <section className="stack">
      <h1>{t('outbox.title')}</h1>
      <p className="hint">{t('outbox.intro')}</p>
      <div className="tabs" role="tablist">
        {(['mail', 'sms'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'active' : undefined}
            onClick={() => setTab(name)}
          >
            {t(`outbox.${name}`)}
          </button>
        ))}
      </div>
      <form
        className="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setTo(draft.trim());
        }}
      >
        <input
          type="search"
          aria-label={t('outbox.recipient')}
          placeholder={t('outbox.recipientHint')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">{t('common.find')}</button>
      </form>
      {tab === 'mail' ? <MailList to={to} /> : <SmsList to={to} />}
    </section>
  );
}

const page = (to: string, cursor: string) => ({
  params: { query: { limit: 20, cursor: cursor || undefined, to: to || undefined } },
});

function usePaged<T extends { nextCursor: string | null }>(
  kind: Tab,
  to: string,
  fetchPage: (cursor: string) => Promise<T>,
) {
  return useInfiniteQuery({
    queryKey: ['dev-outbox', kind, to],
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

type More = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

function MoreButton({ query }: { query: More }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => void query.fetchNextPage()}
      disabled={query.isFetchingNextPage}
    >
      {t('common.more')}
    </button>
  );
}

function MailList({ to }: { to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = usePaged('mail', to, (cursor) =>
    ok(client.GET('/api/v1/admin/dev/mail', page(to, cursor))),
  );
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {query.isPending && <Loading />}
      <ErrorBox error={query.error} />
      {query.isSuccess && items.length === 0 && <p>{t('outbox.empty')}</p>}
      <ul className="list">
        {items.map((mail) => (
          <li key={mail.id} className="card" data-testid="dev-mail">
            <p className="muted">
              <span dir="ltr">{mail.to}</span> · {format.dateTime(mail.createdAt)}
            </p>
            <h2>{mail.subject}</h2>
            <pre className="message">{mail.text}</pre>
          </li>
        ))}
      </ul>
      <MoreButton query={query} />
    </>
  );
}

function SmsList({ to }: { to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = usePaged('sms', to, (cursor) =>
    ok(client.GET('/api/v1/admin/dev/sms', page(to, cursor))),
  );
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {query.isPending && <Loading />}
      <ErrorBox error={query.error} />
      {query.isSuccess && items.length === 0 && <p>{t('outbox.empty')}</p>}
      <ul className="list">
        {items.map((sms) => (
          <li key={sms.id} className="card" data-testid="dev-sms">
            <p className="muted">
              <span dir="ltr">{sms.to}</span> · {format.dateTime(sms.createdAt)}
            </p>
            <p className="message">{sms.body}</p>
          </li>
        ))}
      </ul>
      <MoreButton query={query} />
    </>
  );
}
