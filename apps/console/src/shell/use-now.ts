import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/** The time now, moving on every minute: "还剩 2 天" stays true while a page stays open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
