import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate } from '../../../src/engine/calendar.ts';

describe('calendar', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '01/03/2025', '2025-03-01T00:00', ''])
      expect(isCalendarDate(bad)).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-25', 10)).toBe('2025-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
