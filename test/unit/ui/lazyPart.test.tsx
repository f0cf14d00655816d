// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPart, retryableLazy } from '../../../src/ui/common/LazyPart';

describe('LazyPart: a part that cannot load stays in its place', () => {
  afterEach(cleanup);

  it('a chunk that cannot be fetched: the message, the page around it, and Try again loading it', async () => {
    let online = false;
    const load = vi.fn(() => online
      ? Promise.resolve({ default: () => <p>the inspector</p> })
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Inspector-x.js')));
    const Part = retryableLazy(load);
    render(<div><p>the canvas</p><LazyPart what="The inspector"><Part /></LazyPart></div>);
    expect((await screen.findByTestId('lazy-part-failed')).textContent).toBe('The inspector could not be loaded. Check the connection, then Try again');
    expect(screen.getByText('the canvas')).toBeTruthy();
    // Failed once, tried once: nothing retries on its own.
    expect(load).toHaveBeenCalledTimes(1);
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the inspector')).toBeTruthy();
    expect(screen.queryByTestId('lazy-part-failed')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('an error in the part itself is named as one, and a quiet part shows nothing', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => { throw new Error('boom'); };
    render(<LazyPart what="The chart"><Broken /></LazyPart>);
    expect(screen.getByTestId('lazy-part-failed').textContent).toBe('The chart ran into an error. Your design is safe; Try again');
    cleanup();
    render(<div data-testid="node"><LazyPart what="The badge" quiet><Broken /></LazyPart></div>);
    expect(screen.getByTestId('node').textContent).toBe('');
    spy.mockRestore();
  });
});
