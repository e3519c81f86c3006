// A polite live region's text: `announce('Note saved.')` shows and reads it out. Setting
// the same text twice in a row would not be read again, so it is cleared first.
import { useCallback, useState } from 'preact/hooks';

export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  return [message, announce];
}
