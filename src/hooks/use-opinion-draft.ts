import { useEffect, useRef, useState } from 'react';
import type { Answer, PayloadIn } from '@core/contract/functions';
// The limits, never the schemas: this page is in the main package, which carries no zod.
import { MAX_PHOTOS, OPINION_TEXT_MAX, OPINION_TEXT_MIN, PHONE_PATTERN, PLACE_MAX, charCount, normalizePhone } from '@core/contract/limits';
import { CATEGORY_GUIDANCE, DEFAULT_SCOPE, type Category, type Scope } from '@core/vocabulary';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { clearDraft, loadDraft, saveDraft } from '../lib/draft-storage';
import { newRequestId } from '../lib/request-id';
import type { Privacy } from './use-privacy';
import { usePhotos, type Photo } from './use-photos';
import { useSubscription } from './use-subscription';

export interface Draft {
  category?: Category;
  scope: Scope;
  text: string;
  anonymous: boolean;
  phone: string;
  /** 用短信通知我办理结果: only offered when SMS is available and a phone is entered. */
  smsNotify: boolean;
  allowContact: boolean;
  consentPublish: boolean;
  chosenDeputyId?: string;
  place: string;
  photos: Photo[];
}

export type SubmitAnswer = Answer<'opinion', 'submit'>;

/** The form's fields in the order a person reads them: the first at fault is scrolled to. */
export const FIELD_ORDER = [
  'text',
  'photos',
  'category',
  'place',
  'scope',
  'chosenDeputyId',
  'anonymous',
  'phone',
  'allowContact',
  'smsNotify',
  'consentPublish',
] as const;
export type Field = (typeof FIELD_ORDER)[number];

/** The fields folded under 更多选项(可不填): opened when one of them is at fault or was set. */
export const OPTIONAL_FIELDS: readonly Field[] = ['scope', 'chosenDeputyId', 'anonymous', 'phone', 'allowContact', 'smsNotify', 'consentPublish'];

export type Faults = Partial<Record<Field, string>>;

const emptyDraft = (): Draft => ({
  scope: DEFAULT_SCOPE,
  text: '',
  anonymous: false,
  phone: '',
  smsNotify: false,
  allowContact: false,
  consentPublish: false,
  place: '',
  photos: [],
});

/** Whether any field under 更多选项 differs from a fresh draft (then it is shown unfolded). */
export const optionsSet = (d: Draft): boolean =>
  d.scope !== DEFAULT_SCOPE || d.chosenDeputyId !== undefined || d.anonymous || d.phone.trim() !== '' || d.consentPublish;

/** What the resident must read before sending an opinion of this category, if anything. */
export const guidanceFor = (category: Category | undefined): string | undefined =>
  category === undefined ? undefined : CATEGORY_GUIDANCE[category];

/** The form's own words for the text and the category, where a person reads them first. */
function ownFaults(draft: Draft): Faults {
  const faults: Faults = {};
  const n = charCount(draft.text.trim());
  if (n === 0) faults.text = '请填写意见内容';
  else if (n < OPINION_TEXT_MIN) faults.text = `意见内容至少要写${OPINION_TEXT_MIN}个字（现在${n}字），请写清楚是什么问题、在哪里`;
  else if (n > OPINION_TEXT_MAX) faults.text = `意见内容不能超过${OPINION_TEXT_MAX}字（现在${n}字）`;
  if (draft.category === undefined) faults.category = '请选择意见类别';
  if (charCount(draft.place.trim()) > PLACE_MAX) faults.place = `地点不能超过${PLACE_MAX}字`;
  return faults;
}

/**
 * Every field at fault, each with its message: the form's own words, then the phone by the
 * contract's pattern, in the schema's words. The other fields are chosen, not typed. The page
 * lives in the main package, which carries no schemas (weapp_main_kb ≤ 500): what else
 * opinion.submit's schema refuses (markup, control characters) the function refuses, in the
 * same words, shown as `error`.
 */
export function faultsOf(draft: Draft): Faults {
  const faults = ownFaults(draft);
  const phone = draft.phone.trim();
  if (phone !== '' && !PHONE_PATTERN.test(normalizePhone(phone))) faults.phone = '联系电话格式不正确';
  return faults;
}

export const firstFault = (faults: Faults): Field | undefined => FIELD_ORDER.find((f) => faults[f] !== undefined);

/** A stored draft from before (leaving the page, closing the app), or a fresh one. */
function restore(stationCode: string | undefined) {
  const stored = loadDraft<Draft>();
  if (!stored) return { draft: emptyDraft(), requestId: newRequestId() };
  const draft = { ...emptyDraft(), ...stored.draft };
  // A chosen deputy belongs to the station the draft was written for.
  if (stored.stationCode !== stationCode) draft.chosenDeputyId = undefined;
  return { draft, requestId: stored.requestId };
}

/**
 * One opinion being written and sent. The request id is made once per draft (and kept with
 * it), so a repeated tap or a retry after a lost answer is the same request; a tap while
 * sending is ignored. What was typed stays after any refusal, and survives leaving the page.
 * A refusal on the phone marks every field at fault (`faults`) and asks the page to bring the
 * first into view (`scrollTo`, a new object each time); what the server or the network refuses
 * is `error`, shown by the submit button.
 *
 * `submit` is deliberately not async: the subscription dialog must open synchronously inside
 * the tap, before the first await.
 */
export function useOpinionDraft(stationCode: string | undefined, privacy: Privacy) {
  const [initial] = useState(() => restore(stationCode));
  const [draft, setDraft] = useState<Draft>(initial.draft);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [faults, setFaults] = useState<Faults>({});
  const [scrollTo, setScrollTo] = useState<{ field: Field }>();
  const [result, setResult] = useState<SubmitAnswer>();
  const requestId = useRef(initial.requestId);
  const inFlight = useRef(false);
  const subscription = useSubscription('resident', stationCode !== undefined);
  const lastStation = useRef(stationCode);

  // A chosen deputy belongs to one station.
  useEffect(() => {
    if (lastStation.current === stationCode) return;
    lastStation.current = stationCode;
    setDraft((d) => ({ ...d, chosenDeputyId: undefined }));
  }, [stationCode]);

  // Every change is kept, so the draft survives leaving the page; a sent draft is gone.
  useEffect(() => {
    if (result) return;
    saveDraft({ stationCode, requestId: requestId.current, draft });
  }, [draft, stationCode, result]);

  /** A change clears what was said about the fields it touches (and the last error). */
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(undefined);
    setFaults((f) => {
      const touched = Object.keys(patch).filter((k) => k in f);
      if (touched.length === 0) return f;
      const next = { ...f };
      for (const k of touched) delete next[k as Field];
      return next;
    });
  };

  const photos = usePhotos(
    draft.photos,
    (next) => setDraft((d) => ({ ...d, photos: next(d.photos) })),
    setError,
  );

  const send = async (payload: PayloadIn<'opinion', 'submit'>, consent: Promise<unknown>) => {
    try {
      await consent; // the dialog is answered before the opinion goes out
      // Refused for want of the agreement (the notice changed since): sent again once agreed.
      const answer = await privacy.whenAgreed(() => call('opinion', 'submit', payload));
      clearDraft();
      setResult(answer);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const submit = (): void => {
    if (inFlight.current) return;
    if (stationCode === undefined) return setError('请先选择联络站');
    const phone = draft.phone.trim();
    const place = draft.place.trim();
    const smsNotify = subscription.smsAvailable && phone !== '' && draft.smsNotify;
    const payload = {
      stationCode,
      category: draft.category as Category,
      scope: draft.scope,
      text: draft.text,
      anonymous: draft.anonymous,
      phone: phone === '' ? undefined : phone,
      allowContact: phone !== '' && draft.allowContact,
      ...(smsNotify ? { smsNotify: true } : {}),
      consentPublish: draft.consentPublish,
      chosenDeputyId: draft.chosenDeputyId,
      photos: draft.photos.map((p) => p.fileId),
      place: place === '' ? undefined : place,
      requestId: requestId.current,
    };
    // Every field at fault at once (the function applies the schema to what passes).
    const found = faultsOf(draft);
    const first = firstFault(found);
    setFaults(found);
    if (first) {
      setError(undefined);
      setScrollTo({ field: first });
      return;
    }
    if (photos.uploading) return setError('照片还在上传，请稍候再提交');
    if (!privacy.agreed) {
      privacy.open();
      return setError('提交前请阅读并同意隐私保护指引');
    }
    inFlight.current = true;
    setSending(true);
    setError(undefined);
    // Synchronously, inside the tap: WeChat refuses the dialog after an await.
    const consent = subscription.ask();
    void send(payload, consent);
  };

  /** After a success: a fresh draft with a fresh request id. */
  const startOver = () => {
    requestId.current = newRequestId();
    clearDraft();
    setDraft(emptyDraft());
    setResult(undefined);
    setError(undefined);
    setFaults({});
  };

  return {
    draft,
    update,
    submit,
    startOver,
    sending,
    error,
    faults,
    scrollTo,
    result,
    photos: { ...photos, max: MAX_PHOTOS },
    count: charCount(draft.text.trim()),
    min: OPINION_TEXT_MIN,
    max: OPINION_TEXT_MAX,
    placeMax: PLACE_MAX,
    guidance: guidanceFor(draft.category),
    /** Whether WeChat's dialog about progress notifications opens in the submit tap. */
    asksToNotify: subscription.available,
    /** Offer 用短信通知我办理结果 (SMS is configured here, and a phone is entered). */
    smsOffered: subscription.smsAvailable && draft.phone.trim() !== '',
  };
}
