import { useEffect, useState } from 'preact/hooks';

/**
 * true while the page is being printed (or shown as print media): from `beforeprint` to `afterprint`, and while
 * `matchMedia('print')` matches, so a view can render in full what the screen shows a page at a time.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  useEffect(() => {
    const media = matchMedia('print');
    const on = () => setPrinting(true);
    const off = () => setPrinting(media.matches);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', off);
    media.addEventListener('change', off);
    return () => {
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', off);
      media.removeEventListener('change', off);
    };
  }, []);
  return printing;
}
