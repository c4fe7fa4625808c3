import type { RecordedEvent } from './event-store.port';
import { streamCategory, UnknownEventTypeError } from './stream-category';

type Noted = { type: 'Noted'; data: { note: string } } | { type: 'Cleared'; data: { by: string } };

const notes = streamCategory<Noted>('note-', ['Noted', 'Cleared']);

const recorded = (streamId: string, type: string, data: unknown = {}): RecordedEvent => ({
  id: 'e-1',
  streamId,
  revision: 3,
  position: 7n,
  type,
  data,
  metadata: {},
});

describe('a stream category', () => {
  it('names its streams and finds the id in them', () => {
    expect(notes.streamId('n-1')).toBe('note-n-1');
    expect(notes.idOf('note-n-1')).toBe('n-1');
    expect(notes.idOf('digest-weekly-2026-W48')).toBeNull();
  });

  it('holds the known events of its own streams, typed, and no other stream’s', () => {
    const event = recorded('note-n-1', 'Noted', { note: '已设置警戒区' });
    expect(notes.holds(event)).toBe(true);
    expect(notes.holds(recorded('digest-weekly-2026-W48', 'WeeklyDigestIssued'))).toBe(false);
    const typed = notes.decode(event);
    expect(typed.type === 'Noted' && typed.data.note).toBe('已设置警戒区');
  });

  it('refuses an event of a type it does not know in its streams, naming stream and revision', () => {
    const stray = recorded('note-n-1', 'Renamed');
    expect(() => notes.holds(stray)).toThrow(UnknownEventTypeError);
    expect(() => notes.decode(stray)).toThrow(
      'stream note-n-1 holds an event of unknown type Renamed (revision 3)',
    );
    expect(() => notes.decode(recorded('other-1', 'Noted'))).toThrow(/not a note-… stream/);
  });
});
