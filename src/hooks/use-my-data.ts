import { useRef, useState } from 'react';
import { call } from '../api/client';
import { toApiError } from '../api/api-error';
import { clearDraft } from '../lib/draft-storage';
import { saveExport } from '../platform/save-export';

/** 我的数据: export everything the app holds about me; delete my personal data after a confirm. */
export function useMyData() {
  const [json, setJson] = useState<string>();
  const [count, setCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<number>();
  const inFlight = useRef(false);

  const run = async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await work();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const exportMine = () =>
    run(async () => {
      const data = await call('opinion', 'exportMine', {});
      setJson(JSON.stringify(data, null, 2));
      setCount(data.opinions.length);
    });

  const save = () =>
    json === undefined
      ? Promise.resolve()
      : run(async () => setNotice(await saveExport(json, `my-data-${new Date().toISOString().slice(0, 10)}.json`)));

  /** The first tap asks; only 确认删除 deletes. */
  const remove = () => {
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    return run(async () => {
      const answer = await call('opinion', 'deleteMine', { confirm: true });
      clearDraft();
      setJson(undefined);
      setErased(answer.erased);
    });
  };

  return { json, count, exportMine, save, remove, confirming, cancel: () => setConfirming(false), busy, error, notice, erased };
}
