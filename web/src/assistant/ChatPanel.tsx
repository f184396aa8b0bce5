import { ChatFab } from './ChatLauncher';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { VoiceInput } from '../components/VoiceInput';
import { useFormat } from '../format';
import { useChosenLocation } from '../location/location';
import { useCartActions } from '../shop/api';
import {
  fetchSession,
  sendToAssistant,
  storedSessionId,
  storeSessionId,
  type AssistantAction,
  type AssistantCard,
  type AssistantSession,
} from './api';

type Line = {
  key: string;
  role: 'user' | 'assistant' | 'agent';
  text: string;
  cards: AssistantCard[];
  actions: AssistantAction[];
};

/** The most of one item a guest's bag takes from the assistant (the server checks stock again). */
const MAX_GUEST_LINE = 100;

/** The actions shown as buttons (an add_to_bag was carried out when the reply came). */
const buttons = (actions: AssistantAction[]) => actions.filter((a) => a.type !== 'add_to_bag');

/** How often an open hand-over is checked for a person's answer (docs/assistant.md). */
const POLL_MS = 4000;

function linesOf(session: AssistantSession): Line[] {
  const lines: Line[] = session.messages.map((m) => ({
    key: `m${m.id}`,
    role: m.role,
    text: m.text,
    cards: m.cards,
    actions: m.actions,
  }));
  for (const thread of session.threads) {
    for (const m of thread.messages) {
      if (m.authorRole === 'seller' || m.authorRole === 'admin') {
        lines.push({ key: `s${m.id}`, role: 'agent', text: m.text, cards: [], actions: [] });
      }
    }
  }
  return lines;
}

function ProductCard({ card }: { card: Extract<AssistantCard, { type: 'product' }> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { add } = useCartActions();
  const [added, setAdded] = useState(false);
  return (
    <div className="chat-card" data-testid="chat-product-card">
      <Link to={`/products/${card.productId}`} className="chat-card-name">
        {card.name}
      </Link>
      <div className="chat-card-meta">
        <strong>{format.price(card.price)}</strong>
        <span>{card.inStock ? t('assistant.inStock') : t('assistant.outOfStock')}</span>
        <span>{card.shopName}</span>
        {card.distanceM !== null && <span>{format.distance(card.distanceM)}</span>}
        {card.rating !== null && <span>★ {format.number(card.rating)}</span>}
        {card.prescriptionRequired && <span>{t('assistant.rx')}</span>}
      </div>
      <button
        type="button"
        className="small"
        disabled={!card.inStock || add.isPending}
        onClick={() =>
          add.mutate(
            {
              variantId: card.variantId,
              productId: card.productId,
              shopId: card.shopId,
              shopName: card.shopName,
              name: card.name,
              variantLabel: null,
              quantity: 1,
              unitPrice: card.price,
              onHand: MAX_GUEST_LINE,
            },
            { onSuccess: () => setAdded(true) },
          )
        }
      >
        {added ? t('assistant.added') : t('assistant.addToBag')}
      </button>
    </div>
  );
}

function CardView({ card }: { card: AssistantCard }) {
  const format = useFormat();
  const { t } = useTranslation();
  if (card.type === 'product') return <ProductCard card={card} />;
  if (card.type === 'order')
    return (
      <div className="chat-card" data-testid="chat-order-card">
        <Link to={`/orders/${card.orderId}`}>{card.number}</Link>
        <div className="chat-card-meta">
          <span>{t(`orderStatus.${card.status}`, card.status)}</span>
          <strong>{format.price(card.total)}</strong>
          <span>{card.shopName}</span>
        </div>
      </div>
    );
  if (card.type === 'shop')
    return (
      <div className="chat-card">
        <Link to={`/shops/${card.shopId}`}>{card.name}</Link>
      </div>
    );
  return <div className="chat-card">{card.title}</div>;
}

/**
 * The assistant on every page: a floating button opening a chat panel (full screen on a phone).
 * Replies stream in; product cards add to the bag; a hand-over shows the person's answers here.
 */
export default function ChatPanel({
  open,
  setOpen,
}: {
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const location = useChosenLocation();
  const [lines, setLines] = useState<Line[]>([]);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(() => storedSessionId());
  const [handedOver, setHandedOver] = useState(false);
  const end = useRef<HTMLDivElement>(null);
  const { add } = useCartActions();

  // The stored conversation (with any answers from people) when the panel opens.
  useEffect(() => {
    if (!open || !sessionId) return;
    let stop = false;
    const load = async () => {
      try {
        const s = await fetchSession(sessionId);
        if (stop) return;
        setLines(linesOf(s));
        setHandedOver(s.threads.some((th) => th.status !== 'closed'));
      } catch (e) {
        if ((e as { status?: number }).status === 404) {
          storeSessionId(null);
          setSessionId(null);
        }
      }
    };
    void load();
    if (!handedOver) return () => void (stop = true);
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [open, sessionId, handedOver, user?.id]);

  // A block body: scrollIntoView returns a promise in newer browsers, which is no effect cleanup.
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [lines]);

  async function send(text: string) {
    const clean = text.trim();
    if (!clean || busy) return;
    setBusy(true);
    setError(null);
    const key = `local${lines.length}`;
    setLines((l) => [
      ...l,
      { key: `${key}u`, role: 'user', text: clean, cards: [], actions: [] },
      { key: `${key}a`, role: 'assistant', text: '', cards: [], actions: [] },
    ]);
    setDraft('');
    try {
      const answer = await sendToAssistant(
        {
          text: clean,
          ...(sessionId ? { sessionId } : {}),
          ...(location ? { lat: location.lat, lng: location.lng } : {}),
        },
        (chunk) =>
          setLines((l) =>
            l.map((line) => (line.key === `${key}a` ? { ...line, text: line.text + chunk } : line)),
          ),
      );
      setLines((l) =>
        l.map((line) =>
          line.key === `${key}a`
            ? {
                ...line,
                text: answer.reply.text,
                cards: answer.reply.cards,
                actions: answer.reply.actions,
              }
            : line,
        ),
      );
      setSessionId(answer.sessionId);
      storeSessionId(answer.sessionId);
      if (answer.handoff) setHandedOver(true);
      // A guest's bag is this browser's: the assistant says what to put in it.
      for (const a of answer.reply.actions) {
        if (a.type !== 'add_to_bag') continue;
        add.mutate({
          variantId: a.variantId,
          productId: a.productId,
          shopId: a.shopId,
          shopName: a.shopName,
          name: a.name,
          variantLabel: a.variantLabel,
          quantity: a.quantity,
          unitPrice: a.price,
          onHand: MAX_GUEST_LINE,
        });
      }
      if (answer.reply.intent === 'add_to_cart')
        void queryClient.invalidateQueries({ queryKey: ['cart'] });
    } catch (e) {
      setError((e as Error).message);
      setLines((l) => l.filter((line) => line.key !== `${key}a`));
    } finally {
      setBusy(false);
    }
  }

  function act(action: AssistantAction) {
    if (action.type === 'reply') void send(action.text);
    else if (action.type === 'link') {
      setOpen(false);
      void navigate(action.href);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(draft);
  }

  if (!open) return <ChatFab onOpen={() => setOpen(true)} />;

  return (
    <section
      className="chat-panel"
      role="dialog"
      aria-label={t('assistant.title')}
      data-testid="chat-panel"
    >
      <header className="chat-head">
        <strong>{t('assistant.title')}</strong>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            storeSessionId(null);
            setSessionId(null);
            setLines([]);
            setHandedOver(false);
          }}
        >
          {t('assistant.newChat')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={t('assistant.close')}
          onClick={() => setOpen(false)}
        >
          ✕
        </button>
      </header>
      <div className="chat-lines" aria-live="polite">
        {lines.length === 0 && <p className="muted">{t('assistant.hint')}</p>}
        {lines.map((line) => (
          <div
            key={line.key}
            className={`chat-line chat-${line.role}`}
            data-testid={`chat-${line.role}`}
          >
            {line.role === 'agent' && <span className="chat-who">{t('assistant.person')}</span>}
            <p>{line.text || '…'}</p>
            {line.cards.map((card, i) => (
              <CardView key={i} card={card} />
            ))}
            {buttons(line.actions).length > 0 && (
              <div className="chat-actions">
                {buttons(line.actions).map((a, i) => (
                  <button key={i} type="button" className="small secondary" onClick={() => act(a)}>
                    {a.label}
                  </button>
                ))}
              </div>
            )}
          </div>
        ))}
        {handedOver && lines.at(-1)?.role !== 'agent' && (
          <p className="muted" data-testid="chat-waiting">
            {t('assistant.waiting')}
          </p>
        )}
        <div ref={end} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <form className="chat-form" onSubmit={submit}>
        <input
          value={draft}
          maxLength={1000}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('assistant.placeholder')}
          aria-label={t('assistant.placeholder')}
          data-testid="chat-input"
        />
        <VoiceInput
          onText={(spoken) => {
            setDraft(spoken);
            void send(spoken);
          }}
        />
        <button type="submit" disabled={busy || !draft.trim()}>
          {t('assistant.send')}
        </button>
      </form>
    </section>
  );
}
