import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The part of the Web Speech API used here (Chrome ships it as webkitSpeechRecognition). */
type SpeechRecognitionLike = {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  start(): void;
  abort(): void;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onend: (() => void) | null;
};
type RecognitionClass = new () => SpeechRecognitionLike;

/** The browser's speech recognition, or null where it offers none (Firefox, most WebViews). */
export function speechRecognitionClass(): RecognitionClass | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionClass;
    webkitSpeechRecognition?: RecognitionClass;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/**
 * A microphone button: speech in Bengali (bn-BD), or English (en-US) when the app is in English,
 * turned into text for `onText`. Renders nothing where the browser has no speech recognition.
 * Used by the search boxes and the assistant's chat panel.
 */
export function VoiceInput({
  onText,
  className,
}: {
  onText: (text: string) => void;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const [Recognition] = useState(speechRecognitionClass);
  const [listening, setListening] = useState(false);
  const [failed, setFailed] = useState(false);
  const current = useRef<SpeechRecognitionLike | null>(null);
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  }, [onText]);
  // Leaving the page stops listening (the microphone light goes off).
  useEffect(() => {
    const active = current;
    return () => active.current?.abort();
  }, []);
  if (!Recognition) return null;

  const toggle = () => {
    if (listening) {
      current.current?.abort();
      return;
    }
    const recognition = new Recognition();
    recognition.lang = i18n.language === 'en' ? 'en-US' : 'bn-BD';
    recognition.interimResults = false;
    recognition.continuous = false;
    recognition.maxAlternatives = 1;
    recognition.onresult = (event) => {
      const text = Array.from(event.results)
        .map((result) => result[0]?.transcript ?? '')
        .join(' ')
        .normalize('NFC')
        .trim();
      if (text) latest.current(text);
    };
    recognition.onerror = (event) => {
      // "aborted" is our own stop; anything else (no-speech, not-allowed) is worth a word.
      if (event.error !== 'aborted') setFailed(true);
    };
    recognition.onend = () => {
      setListening(false);
      current.current = null;
    };
    current.current = recognition;
    setFailed(false);
    setListening(true);
    try {
      recognition.start();
    } catch {
      setListening(false);
      setFailed(true);
    }
  };

  const label = listening ? t('voice.stop') : t('voice.start');
  return (
    <button
      type="button"
      className={`voice-input${listening ? ' listening' : ''}${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={failed ? t('voice.failed') : label}
      aria-pressed={listening}
      data-testid="voice-input"
      onClick={toggle}
    >
      <span aria-hidden="true">{listening ? '⏺' : '🎤'}</span>
    </button>
  );
}
