/** The parts of wx-server-sdk 4 this project calls (its published types are for 0.8). */
declare module 'wx-server-sdk' {
  const cloud: {
    DYNAMIC_CURRENT_ENV: symbol | string;
    init(options?: { env?: unknown; throwOnNotFound?: boolean }): void;
    getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; ENV?: string };
    database(options?: { env?: string }): unknown;
    /** An untyped runtime proxy; typed wrappers live in server/openapi. */
    openapi: Record<string, Record<string, (params: object) => Promise<unknown>>>;
    uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  };
  export default cloud;
}
