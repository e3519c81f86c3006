// A QR code drawn on the device (uqr's SVG as a data: image): no third-party service ever
// sees the link or the invite code in it.
import { renderSVG } from 'uqr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const svg = renderSVG(text, { ecc: 'M', border: 2, pixelSize: 6 });
  return <img class="sync-qr" src={`data:image/svg+xml,${encodeURIComponent(svg)}`} alt={label} width={240} height={240} />;
}
