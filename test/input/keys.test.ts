import { describe, expect, it } from 'vitest';
import { parseKey } from '../../src/input/keys.js';
import { KEYS } from '../helpers/keys.js';

describe('parseKey', () => {
  it('names function keys in xterm and rxvt forms', () => {
    expect(parseKey(KEYS.F2)).toEqual({ kind: 'function', n: 2 });
    expect(parseKey('\u001b[12~')).toEqual({ kind: 'function', n: 2 });
    expect(parseKey(KEYS.F10)).toEqual({ kind: 'function', n: 10 });
  });

  it('names Escape, arrows and control keys', () => {
    expect(parseKey(KEYS.ESC)).toEqual({ kind: 'escape' });
    expect(parseKey(KEYS.UP)).toEqual({ kind: 'nav', name: 'up' });
    expect(parseKey(KEYS.CTRL_C)).toEqual({ kind: 'ctrl', key: 'c' });
    expect(parseKey(KEYS.CTRL_Z)).toEqual({ kind: 'ctrl', key: 'z' });
    expect(parseKey(KEYS.CTRL_BACKSLASH)).toEqual({ kind: 'ctrl', key: '\\' });
  });

  it('passes text, Enter and backspace to the scan field', () => {
    expect(parseKey('EMP-004217\r')).toEqual({ kind: 'text', text: 'EMP-004217\r' });
    expect(parseKey(KEYS.ENTER)).toEqual({ kind: 'text', text: '\r' });
    expect(parseKey(KEYS.BACKSPACE)).toEqual({ kind: 'text', text: '\u007f' });
    expect(parseKey('\u001bx')).toEqual({ kind: 'other', sequence: '\u001bx' });
  });
});
