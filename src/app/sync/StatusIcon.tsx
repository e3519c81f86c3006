// Small decorative icons for the sync states (the text says the state).
import type { StatusTone } from './status-view.ts';

const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2.25,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

export function StatusIcon({ tone }: { tone: StatusTone }) {
  switch (tone) {
    case 'ok':
      return (
        <svg {...common}>
          <path d="M5 12.5 10 17l9-10" />
        </svg>
      );
    case 'busy':
      return (
        <svg {...common}>
          <path d="M20 12a8 8 0 0 1-14 5.3M4 12a8 8 0 0 1 14-5.3" />
          <path d="M18 3v4h-4M6 21v-4h4" />
        </svg>
      );
    case 'waiting':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="8" />
          <path d="M12 8v4l3 2" />
        </svg>
      );
    case 'offline':
      return (
        <svg {...common}>
          <path d="M3 3l18 18" />
          <path d="M8.5 16.5a5 5 0 0 1 7 0M5 13a10 10 0 0 1 5-2.7M19 13a10 10 0 0 0-2.5-1.8M2 9.5a15 15 0 0 1 5-3M22 9.5A15 15 0 0 0 11 5.1" />
        </svg>
      );
    case 'attention':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v6M12 16.5h.01" />
        </svg>
      );
    case 'problem':
      return (
        <svg {...common}>
          <path d="M12 3 2 20h20z" />
          <path d="M12 10v4M12 17h.01" />
        </svg>
      );
    case 'quiet':
      return (
        <svg {...common}>
          <rect x="7" y="2.5" width="10" height="19" rx="2" />
          <path d="M11 18h2" />
        </svg>
      );
  }
}
