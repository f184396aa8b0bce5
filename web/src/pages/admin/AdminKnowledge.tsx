import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorBox, Notice } from '../../components/Feedback';
import {
  topics,
  useArticles,
  useDeleteArticle,
  useDismissQuestion,
  useSaveArticle,
  useUnanswered,
  type Article,
  type ArticleInput,
} from '../../knowledge/api';

const empty: ArticleInput = {
  topic: 'payment',
  titleBn: '',
  titleEn: '',
  bodyBn: '',
  bodyEn: '',
  published: false,
};

function toInput(a: Article): ArticleInput {
  return {
    topic: a.topic,
    titleBn: a.titleBn,
    titleEn: a.titleEn,
    bodyBn: a.bodyBn,
    bodyEn: a.bodyEn,
    published: a.published,
  };
}

/**
 * The knowledge base the assistant answers policy questions from: articles in Bengali and English
 * (write, edit, publish, delete), and the questions it could not answer, to grow it.
 */
export default function AdminKnowledge() {
  const { t, i18n } = useTranslation();
  const articles = useArticles();
  const unanswered = useUnanswered();
  const save = useSaveArticle();
  const remove = useDeleteArticle();
  const dismiss = useDismissQuestion();
  const [editing, setEditing] = useState<string | null>(null);
  const [form, setForm] = useState<ArticleInput>(empty);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof ArticleInput>(key: K, value: ArticleInput[K]) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const all = articles.data?.pages.flatMap((p) => p.items) ?? [];
  const questions = unanswered.data?.pages.flatMap((p) => p.items) ?? [];
  const complete = [form.titleBn, form.titleEn, form.bodyBn, form.bodyEn].every((v) => v?.trim());
  const { hash } = useLocation();
  const questionsShown = unanswered.isSuccess;
  // Linked from the assistant insights page: /admin/kb#unanswered opens at the questions.
  useEffect(() => {
    if (hash === '#unanswered' && questionsShown)
      document.getElementById('unanswered')?.scrollIntoView();
  }, [hash, questionsShown]);

  return (
    <section className="stack" data-testid="admin-kb">
      <h1>{t('kb.title')}</h1>
      <p className="hint">{t('kb.hint')}</p>

      <form
        className="card stack"
        data-testid="kb-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { id: editing, body: form },
            {
              onSuccess: (article) => {
                setEditing(article.id);
                setSaved(true);
              },
            },
          );
        }}
      >
        <h2>{editing ? t('kb.edit') : t('kb.new')}</h2>
        <label className="field">
          <span>{t('kb.topic')}</span>
          <select
            name="topic"
            value={form.topic}
            onChange={(e) => set('topic', e.target.value as ArticleInput['topic'])}
          >
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {t(`kb.topics.${topic}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('kb.titleBn')}</span>
          <input
            name="titleBn"
            lang="bn"
            maxLength={200}
            value={form.titleBn}
            onChange={(e) => set('titleBn', e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('kb.bodyBn')}</span>
          <textarea
            name="bodyBn"
            lang="bn"
            rows={5}
            maxLength={5000}
            value={form.bodyBn}
            onChange={(e) => set('bodyBn', e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('kb.titleEn')}</span>
          <input
            name="titleEn"
            lang="en"
            maxLength={200}
            value={form.titleEn}
            onChange={(e) => set('titleEn', e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('kb.bodyEn')}</span>
          <textarea
            name="bodyEn"
            lang="en"
            rows={5}
            maxLength={5000}
            value={form.bodyEn}
            onChange={(e) => set('bodyEn', e.target.value)}
          />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            name="published"
            checked={form.published ?? false}
            onChange={(e) => set('published', e.target.checked)}
          />
          <span>{t('kb.published')}</span>
        </label>
        <ErrorBox error={save.error ?? remove.error} />
        {saved && <Notice>{t('kb.saved')}</Notice>}
        <div className="actions">
          <button type="submit" className="primary" disabled={!complete || save.isPending}>
            {t('kb.save')}
          </button>
          {editing && (
            <>
              <button
                type="button"
                onClick={() => {
                  setEditing(null);
                  setForm(empty);
                  setSaved(false);
                }}
              >
                {t('kb.new')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={remove.isPending}
                onClick={() => {
                  if (!window.confirm(t('kb.confirmDelete'))) return;
                  remove.mutate(editing, {
                    onSuccess: () => {
                      setEditing(null);
                      setForm(empty);
                    },
                  });
                }}
              >
                {t('kb.delete')}
              </button>
            </>
          )}
        </div>
      </form>

      <h2>{t('kb.articles')}</h2>
      <ErrorBox error={articles.error} />
      <ul className="list" data-testid="kb-articles">
        {all.map((a) => (
          <li key={a.id} className="card row">
            <div className="stack">
              <strong>{i18n.language === 'en' ? a.titleEn : a.titleBn}</strong>
              <span className="small muted">
                {t(`kb.topics.${a.topic}`)} · {a.published ? t('kb.published') : t('kb.draft')}
              </span>
            </div>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setEditing(a.id);
                setForm(toInput(a));
                setSaved(false);
                window.scrollTo({ top: 0 });
              }}
            >
              {t('kb.edit')}
            </button>
          </li>
        ))}
      </ul>
      {articles.hasNextPage && (
        <button type="button" onClick={() => void articles.fetchNextPage()}>
          {t('kb.more')}
        </button>
      )}

      <h2 id="unanswered">{t('kb.unanswered')}</h2>
      <p className="hint">{t('kb.unansweredHint')}</p>
      <ErrorBox error={unanswered.error} />
      {unanswered.isSuccess && questions.length === 0 && (
        <p className="muted">{t('kb.noUnanswered')}</p>
      )}
      <ul className="list" data-testid="kb-unanswered">
        {questions.map((q) => (
          <li key={q.id} className="card row">
            <div className="stack">
              <span lang={q.lang}>{q.text}</span>
              <span className="small muted">
                {t('kb.askedTimes', { count: q.count })} ·{' '}
                {new Date(q.lastSeenAt).toLocaleString(i18n.language === 'en' ? 'en-BD' : 'bn-BD', {
                  timeZone: 'Asia/Dhaka',
                })}
              </span>
            </div>
            <div className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setEditing(null);
                  setForm({ ...empty, [q.lang === 'en' ? 'titleEn' : 'titleBn']: q.text });
                  window.scrollTo({ top: 0 });
                }}
              >
                {t('kb.answerIt')}
              </button>
              <button type="button" onClick={() => dismiss.mutate(q.id)}>
                {t('kb.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {unanswered.hasNextPage && (
        <button type="button" onClick={() => void unanswered.fetchNextPage()}>
          {t('kb.more')}
        </button>
      )}
    </section>
  );
}
