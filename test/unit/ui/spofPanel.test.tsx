// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../../src/model';
import { store } from '../../../src/store';
import { loadSpofAnalysis } from '../../../src/store/spofAnalysis';
import { SpofPanel } from '../../../src/ui/warnings/SpofPanel';
import { build } from '../model/helpers';

const show = (design: Design) => {
  store.getState().resetDesign(design);
  render(<SpofPanel />);
  return screen.getByTestId('spof-panel').textContent?.trim();
};

describe('SpofPanel: a verdict only where there was something to check', () => {
  beforeAll(async () => { await loadSpofAnalysis(); });
  afterEach(cleanup);

  it('no users on the canvas: asks for them, rather than calling a lone server safe', () => {
    expect(show(build([['web', 'web']]))).toBe('Add Users to find single points of failure');
  });

  it('users that no server answers (wired to nothing, or sending nothing): nothing to check', () => {
    const text = 'No server answers Users yet: nothing to check for single points of failure';
    expect(show(build([['users', 'client'], ['web', 'web']]))).toBe(text);
    cleanup();
    expect(show(build([['users', 'client', { rps: 0 }], ['web', 'web']], [['users', 'web']]))).toBe(text);
  });

  it('users served by one server: the server is counted; by two behind a balancer: none', () => {
    expect(show(build([['users', 'client'], ['web', 'web']], [['users', 'web']]))).toBe('1 single point of failure');
    cleanup();
    const twoServers = build(
      [['users', 'client'], ['dns-a', 'dns'], ['dns-b', 'dns'], ['lb-a', 'loadBalancer'], ['lb-b', 'loadBalancer'], ['web-1', 'web'], ['web-2', 'web']],
      [['users', 'dns-a'], ['users', 'dns-b'], ['dns-a', 'lb-a'], ['dns-a', 'lb-b'], ['dns-b', 'lb-a'], ['dns-b', 'lb-b'], ['lb-a', 'web-1'], ['lb-a', 'web-2'], ['lb-b', 'web-1'], ['lb-b', 'web-2']],
    );
    expect(show(twoServers)).toBe('No single point of failure');
  });
});
