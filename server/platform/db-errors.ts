/** What the database's refusals mean, read from the SDK's error shape (`errCode`, `errMsg`). */
export interface CloudSdkError {
  errCode?: number;
  errMsg?: string;
  message?: string;
}

const text = (e: unknown) => {
  const x = e as CloudSdkError;
  return `${x?.errMsg ?? ''} ${x?.message ?? ''}`;
};

/** A unique index refused the write: the document (or key) is already there. */
export const isDuplicateKey = (e: unknown): boolean => /duplicate key|E11000/i.test(text(e));
/** The collection does not exist (-502005): setup has not run. */
export const isCollectionMissing = (e: unknown): boolean =>
  (e as CloudSdkError)?.errCode === -502005 || /collection not exist/i.test(text(e));
export const isCollectionExisting = (e: unknown): boolean =>
  /already exist|table exist/i.test(text(e)) && !isCollectionMissing(e);
