import { Button } from 'antd';
import { useI18n } from '../i18n/language';

interface CursorPagerProps {
  /** The cursors of the pages seen so far; the last one is the page shown. */
  cursors: Array<string | undefined>;
  onChange: (cursors: Array<string | undefined>) => void;
  nextCursor: string | null | undefined;
  total?: number;
}

/** "Previous" and "next" over a list paged by the API's cursor, fast at any depth. */
export function CursorPager({ cursors, onChange, nextCursor, total }: CursorPagerProps) {
  const { m } = useI18n();
  const page = cursors.length;
  return (
    <nav className="pager" aria-label={m.list.pager}>
      <span>
        {m.list.pageOf(page)}
        {total !== undefined && ` · ${m.list.total(total)}`}
      </span>
      <Button disabled={page === 1} onClick={() => onChange(cursors.slice(0, -1))}>
        {m.list.previous}
      </Button>
      <Button
        disabled={!nextCursor}
        onClick={() => nextCursor && onChange([...cursors, nextCursor])}
      >
        {m.list.next}
      </Button>
    </nav>
  );
}
