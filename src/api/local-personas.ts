/**
 * Demo personas of the local H5 run (GET /api/personas). H5 only: imported by transport.h5.ts
 * and the persona switcher, never by weapp code (WeChat gives the real openid).
 */
const API_BASE = process.env.TARO_APP_API_BASE ?? '';
const STORAGE_KEY = 'local.persona.openid';

export interface Persona {
  openid: string;
  name: string;
  roles: string[];
  note?: string;
}

let personasPromise: Promise<Persona[]> | undefined;

async function fetchPersonas(): Promise<Persona[]> {
  const res = await fetch(`${API_BASE}/api/personas`);
  const body = (await res.json()) as { ok?: boolean; data?: { personas?: Persona[] } };
  return body.ok && Array.isArray(body.data?.personas) ? body.data.personas : [];
}

/** The personas, asked once; none when the local API is not there (then calls go anonymous). */
export function loadPersonas(): Promise<Persona[]> {
  personasPromise ??= fetchPersonas().catch(() => {
    personasPromise = undefined; // try again next time
    return [];
  });
  return personasPromise;
}

/** The first plain resident, else anyone who is also a resident. */
export function defaultPersona(personas: readonly Persona[]): Persona | undefined {
  return (
    personas.find((p) => p.roles.length === 1 && p.roles[0] === 'resident') ??
    personas.find((p) => p.roles.includes('resident'))
  );
}

export function chosenOpenid(): string | undefined {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function choosePersona(openid: string): void {
  window.localStorage.setItem(STORAGE_KEY, openid);
}

/** The openid to send: the one chosen in the switcher, else the default resident, else none. */
export async function currentOpenid(): Promise<string | undefined> {
  const chosen = chosenOpenid();
  if (chosen) return chosen;
  return defaultPersona(await loadPersonas())?.openid;
}
