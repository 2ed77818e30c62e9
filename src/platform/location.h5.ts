/** The browser's geolocation (the local run); WGS-84 is close enough to sort stations by. */
export function currentPosition(): Promise<{ latitude: number; longitude: number }> {
  return new Promise((resolve, reject) => {
    const fail = () => reject(new Error('没有获取到位置：请允许浏览器使用位置信息，或从列表中选择联络站'));
    if (typeof navigator === 'undefined' || !navigator.geolocation) return fail();
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      fail,
      { timeout: 10_000, maximumAge: 60_000 },
    );
  });
}

/** No map picker in the local run: the resident types the place. */
export const canChoosePlace = false;

export async function choosePlaceName(): Promise<string | undefined> {
  return undefined;
}

/** No map picker in the local run: staff type the latitude and longitude. */
export async function chooseStationLocation(): Promise<{ latitude: number; longitude: number; address?: string } | undefined> {
  return undefined;
}

/** A web map (AMap's public marker link, GCJ-02 like WeChat's coordinates) in a new tab. */
export function openMap(place: { latitude: number; longitude: number; name: string; address: string }): void {
  const url = `https://uri.amap.com/marker?position=${place.longitude},${place.latitude}&name=${encodeURIComponent(place.name)}&src=lianluozhan`;
  window.open(url, '_blank', 'noopener');
}
