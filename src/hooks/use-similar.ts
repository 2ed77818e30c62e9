import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer } from '@core/contract/functions';
// The limits, never the schemas: the write page is in the main package, which carries no zod.
import { OPINION_TEXT_MIN, charCount } from '@core/contract/limits';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { newRequestId } from '../lib/request-id';
import type { Privacy } from './use-privacy';
import { useSubscription } from './use-subscription';

export type SimilarItem = Answer<'opinion', 'similar'>['items'][number];
export type SecondAnswer = Answer<'opinion', 'second'>;

/** How long the resident pauses in writing before the similar cases are looked up. */
export const SIMILAR_PAUSE_MS = 1500;

export interface SimilarQuery {
  stationCode?: string;
  text: string;
  category?: string;
  place: string;
}

const keyOf = (q: SimilarQuery) => [q.stationCode ?? '', q.category ?? '', q.text.replace(/\s+/g, ''), q.place.trim()].join('|');

/**
 * Similar open cases of others while the resident writes (附议, decision 0036): asked once the
 * text has OPINION_TEXT_MIN characters and the resident paused or left the text box — never on
 * every keystroke — and never twice for the same words. Only once the resident agreed to the
 * privacy notice (the words go to the server). A refusal or a failed request shows nothing: the
 * panel is a quiet offer, never in the way of writing.
 */
export function useSimilar(q: SimilarQuery, enabled: boolean) {
  const [items, setItems] = useState<SimilarItem[]>([]);
  const asked = useRef<string>();
  const ticket = useRef(0);
  const latest = useRef(q);
  latest.current = q;
  const ready = enabled && q.stationCode !== undefined && charCount(q.text.trim()) >= OPINION_TEXT_MIN;

  const ask = useCallback(() => {
    const now = latest.current;
    if (!enabled || now.stationCode === undefined || charCount(now.text.trim()) < OPINION_TEXT_MIN) return;
    const key = keyOf(now);
    if (asked.current === key) return;
    asked.current = key;
    const mine = ++ticket.current;
    const place = now.place.trim();
    call('opinion', 'similar', {
      stationCode: now.stationCode,
      text: now.text.trim(),
      ...(now.category ? { category: now.category } : {}),
      ...(place ? { place } : {}),
    })
      .then((answer) => mine === ticket.current && setItems(answer.items))
      .catch(() => mine === ticket.current && setItems([]));
  }, [enabled]);

  // After a pause in writing: a new keystroke starts the wait again.
  useEffect(() => {
    if (!ready) {
      if (charCount(q.text.trim()) < OPINION_TEXT_MIN) {
        ticket.current++;
        setItems([]);
      }
      return undefined;
    }
    const timer = setTimeout(ask, SIMILAR_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [ready, keyOf(q), ask]);

  return {
    items,
    /** The resident left the text box: look up now. */
    textDone: ask,
    /** After the draft was sent or started over: nothing is offered until the next words. */
    clear: () => {
      ticket.current++;
      asked.current = undefined;
      setItems([]);
    },
  };
}

/**
 * Joining one of them (附议): the case chosen, the confirmation, then the request — the
 * subscription dialog opened synchronously in the confirming tap (WeChat refuses it after an
 * await), like a submit. One request id per confirmation, so a double tap or a retry is one 附议.
 */
export function useSecond(privacy: Privacy, offered: boolean) {
  const [chosen, setChosen] = useState<SimilarItem>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<SecondAnswer>();
  const requestId = useRef<string>();
  const inFlight = useRef(false);
  // The progress messages are asked for only once there is something to join.
  const subscription = useSubscription('resident', offered);

  const send = async (id: string, consent: Promise<unknown>) => {
    try {
      await consent;
      const answer = await privacy.whenAgreed(() => call('opinion', 'second', { id, requestId: requestId.current! }));
      setResult(answer);
      setChosen(undefined);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  return {
    chosen,
    sending,
    error,
    result,
    asksToNotify: subscription.available,
    choose: (item: SimilarItem) => {
      requestId.current = newRequestId();
      setError(undefined);
      setChosen(item);
    },
    cancel: () => {
      if (!inFlight.current) setChosen(undefined);
    },
    /** Not async: the subscription dialog must open inside the tap. */
    confirm: (): void => {
      if (inFlight.current || !chosen) return;
      inFlight.current = true;
      setSending(true);
      setError(undefined);
      const consent = subscription.ask();
      void send(chosen.id, consent);
    },
    /** Back to the form (the resident may still send their own). */
    reset: () => setResult(undefined),
  };
}

export type Similar = ReturnType<typeof useSimilar>;
export type Second = ReturnType<typeof useSecond>;
