import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { ErrorBox, Loading } from '../../components/Feedback';
import { useFormat } from '../../format';
import {
  listThreads,
  postThreadMessage,
  threadMessages,
  threadSuggestions,
} from '../../assistant/api';

/**
 * One support thread, for its customer and for the person answering (shop owner or admin): the
 * assistant's transcript, the messages (polled every few seconds), and a reply box.
 */
export default function SupportThread() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const threads = useQuery({ queryKey: ['support', 'threads'], queryFn: listThreads });
  const thread = threads.data?.items.find((th) => th.id === id);
  const messages = useQuery({
    queryKey: ['support', 'messages', id],
    queryFn: () => threadMessages(id),
    refetchInterval: 4000,
  });
  const answering = user?.role === 'seller' || user?.role === 'admin';
  // Built from the thread as it is now: fetched once per visit, not polled.
  const suggestions = useQuery({
    queryKey: ['support', 'suggestions', id],
    queryFn: () => threadSuggestions(id),
    enabled: answering && thread?.status !== 'closed',
    staleTime: Infinity,
  });
  const post = useMutation({
    mutationFn: ({ close }: { close: boolean }) => postThreadMessage(id, text, close),
    onSuccess: () => {
      setText('');
      void queryClient.invalidateQueries({ queryKey: ['support'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) post.mutate({ close: false });
  };
  return (
    <section className="stack" data-testid="support-thread">
      <Link to="/support">{t('support.back')}</Link>
      <h1>{thread?.subject ?? t('support.thread')}</h1>
      {thread && <p className="muted">{t(`support.status.${thread.status}`)}</p>}
      {thread && thread.transcript.length > 0 && (
        <details>
          <summary>{t('support.transcript')}</summary>
          <ul className="plain-list">
            {thread.transcript.map((line, i) => (
              <li key={i}>
                <strong>{t(`support.role.${line.role}`, line.role)}:</strong> {line.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {messages.isPending && <Loading />}
      <ErrorBox error={messages.error ?? threads.error} />
      <ul className="plain-list">
        {messages.data?.items.map((m) => (
          <li
            key={m.id}
            className={`chat-line chat-${m.authorRole === 'customer' ? 'user' : 'agent'}`}
            data-testid="support-message"
          >
            <span className="chat-who">{t(`support.role.${m.authorRole}`)}</span>
            <p>{m.text}</p>
            <span className="muted">{format.dateTime(m.createdAt)}</span>
          </li>
        ))}
      </ul>
      {thread?.status !== 'closed' && (
        <form className="stack" onSubmit={submit}>
          {answering && suggestions.data && suggestions.data.suggestions.length > 0 && (
            <div className="stack" data-testid="suggestions">
              <span className="muted">{t('support.suggested')}</span>
              {suggestions.data.suggestions.map((s, i) => (
                <button
                  key={i}
                  type="button"
                  className="secondary reply-suggestion"
                  lang={s.lang}
                  title={t(`support.suggestionSource.${s.source}`)}
                  onClick={() => setText(s.text)}
                  data-testid="suggestion"
                >
                  {s.text}
                </button>
              ))}
            </div>
          )}
          <label>
            {answering ? t('support.answer') : t('support.write')}
            <textarea
              value={text}
              maxLength={4000}
              onChange={(e) => setText(e.target.value)}
              data-testid="support-reply"
            />
          </label>
          <div className="row">
            <button type="submit" disabled={post.isPending || !text.trim()}>
              {t('support.send')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={post.isPending || !text.trim()}
              onClick={() => post.mutate({ close: true })}
            >
              {t('support.sendAndClose')}
            </button>
          </div>
          <ErrorBox error={post.error} />
        </form>
      )}
    </section>
  );
}
