import { MessageCircle } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The panel (and its streaming client) loads on the first tap, not with every page.
const ChatPanel = lazy(() => import('./ChatPanel'));

export function ChatFab({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="chat-fab"
      data-testid="chat-open"
      aria-label={t('assistant.open')}
      onClick={onOpen}
    >
      <MessageCircle aria-hidden="true" />
    </button>
  );
}

/**
 * The assistant on every page: a floating button; the chat panel behind it stays mounted once
 * opened, so a closed and reopened conversation keeps its lines.
 */
export function ChatLauncher() {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const fab = (
    <ChatFab
      onOpen={() => {
        setOpened(true);
        setOpen(true);
      }}
    />
  );
  if (!opened) return fab;
  return (
    <Suspense fallback={fab}>
      <ChatPanel open={open} setOpen={setOpen} />
    </Suspense>
  );
}
