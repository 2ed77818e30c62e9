import { useEffect, useRef, useState } from 'react';
import { CONTRACT } from '@core/contract/functions';
import type { Answer } from '@core/contract/functions';
import { OPINION_TEXT_MAX, charCount } from '@core/contract/fields';
import { describeError } from '@core/contract/issues';
import { CATEGORY_GUIDANCE, DEFAULT_SCOPE, type Category, type Scope } from '@core/vocabulary';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { newRequestId } from '../lib/request-id';

export interface Draft {
  category?: Category;
  scope: Scope;
  text: string;
  anonymous: boolean;
  phone: string;
  allowContact: boolean;
  consentPublish: boolean;
  chosenDeputyId?: string;
}

export type SubmitAnswer = Answer<'opinion', 'submit'>;

const emptyDraft = (): Draft => ({
  scope: DEFAULT_SCOPE,
  text: '',
  anonymous: false,
  phone: '',
  allowContact: false,
  consentPublish: false,
});

/** What the resident must read before sending an opinion of this category, if anything. */
export const guidanceFor = (category: Category | undefined): string | undefined =>
  category === undefined ? undefined : CATEGORY_GUIDANCE[category];

/** The first thing to fix before sending, in the order a person reads the form. */
function refusal(draft: Draft): string | undefined {
  if (draft.category === undefined) return '请选择意见类别';
  if (draft.text.trim() === '') return '请填写意见内容';
  const n = charCount(draft.text.trim());
  if (n > OPINION_TEXT_MAX) return `意见内容不能超过${OPINION_TEXT_MAX}字(现在${n}字)`;
  return undefined;
}

/**
 * One opinion being written and sent. The request id is made once per draft, so a repeated
 * tap or a retry after a lost answer is the same request; a tap while sending is ignored.
 * What was typed stays after any refusal.
 */
export function useOpinionDraft(stationCode: string | undefined) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<SubmitAnswer>();
  const requestId = useRef(newRequestId());
  const inFlight = useRef(false);

  // A chosen deputy belongs to one station.
  useEffect(() => {
    setDraft((d) => ({ ...d, chosenDeputyId: undefined }));
  }, [stationCode]);

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(undefined);
  };

  const submit = async () => {
    if (inFlight.current) return;
    if (stationCode === undefined) {
      setError('请先选择联络站');
      return;
    }
    const own = refusal(draft);
    if (own) {
      setError(own);
      return;
    }
    const phone = draft.phone.trim();
    const payload = {
      stationCode,
      category: draft.category as Category,
      scope: draft.scope,
      text: draft.text,
      anonymous: draft.anonymous,
      phone: phone === '' ? undefined : phone,
      allowContact: phone !== '' && draft.allowContact,
      consentPublish: draft.consentPublish,
      chosenDeputyId: draft.chosenDeputyId,
      requestId: requestId.current,
    };
    // The same schema the server applies: what it would refuse is refused here, in its words.
    const checked = CONTRACT.opinion.submit.input.safeParse(payload);
    if (!checked.success) {
      setError(describeError(checked.error));
      return;
    }
    inFlight.current = true;
    setSending(true);
    setError(undefined);
    try {
      setResult(await call('opinion', 'submit', payload));
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  /** After a success: a fresh draft with a fresh request id. */
  const startOver = () => {
    requestId.current = newRequestId();
    setDraft(emptyDraft());
    setResult(undefined);
    setError(undefined);
  };

  return {
    draft,
    update,
    submit,
    startOver,
    sending,
    error,
    result,
    count: charCount(draft.text),
    max: OPINION_TEXT_MAX,
    guidance: guidanceFor(draft.category),
  };
}
