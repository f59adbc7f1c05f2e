import { useEffect } from 'react';

/** Print every explanation: open all collapsed details before printing and close them again after. */
export function usePrintOpensDetails(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = (): void => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.results details:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = (): void => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
