import { describe, expect, it } from 'vitest';
import { INITIAL_NAVIGATION, navigationReducer } from '../../src/state/navigation.js';

describe('navigation reducer', () => {
  it('starts at the counter, opens the clerk area and comes back', () => {
    expect(INITIAL_NAVIGATION).toEqual({ screen: 'counter' });
    const clerk = navigationReducer(INITIAL_NAVIGATION, { type: 'open_clerk' });
    expect(clerk).toEqual({ screen: 'clerk' });
    expect(navigationReducer(clerk, { type: 'open_clerk' })).toBe(clerk);
    expect(navigationReducer(clerk, { type: 'back_to_counter' })).toEqual({ screen: 'counter' });
    expect(navigationReducer(INITIAL_NAVIGATION, { type: 'back_to_counter' })).toBe(
      INITIAL_NAVIGATION,
    );
  });
});
