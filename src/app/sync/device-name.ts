// A first guess at the device's name for the join form ("Android phone", "iPhone"), so the
// coordinator's device list says something useful; the person can change it.

export type DeviceKind = 'android' | 'iphone' | 'ipad' | 'windows' | 'mac' | 'linux' | 'other';

export function deviceKind(userAgent: string, maxTouchPoints = 0): DeviceKind {
  if (/Android/i.test(userAgent)) return 'android';
  if (/iPhone|iPod/i.test(userAgent)) return 'iphone';
  // iPadOS reports itself as a Mac; touch gives it away.
  if (/iPad/i.test(userAgent) || (/Macintosh/i.test(userAgent) && maxTouchPoints > 1)) return 'ipad';
  if (/Windows/i.test(userAgent)) return 'windows';
  if (/Macintosh|Mac OS X/i.test(userAgent)) return 'mac';
  if (/Linux|X11|CrOS/i.test(userAgent)) return 'linux';
  return 'other';
}
