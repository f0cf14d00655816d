// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyDesign, makeNode } from '../../../src/model';
import { store } from '../../../src/store';
import { App } from '../../../src/ui/App';
import { mockReactFlowBrowser } from './reactFlowMocks';

describe('the editor canvas', () => {
  beforeAll(mockReactFlowBrowser);
  afterEach(cleanup);

  it('draws the store design: nodes, edges, SPOF markers, and follows undo', async () => {
    store.getState().resetDesign({
      ...emptyDesign('Canvas test'),
      nodes: [makeNode('client', 'users', { x: 0, y: 0 }), makeNode('web', 'web-1', { x: 300, y: 0 })],
      edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }],
    });
    const { container, getByTestId, queryByTestId } = render(<App />);
    await act(async () => { await new Promise((r) => setTimeout(r, 20)); });

    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(2);
    expect(container.querySelector('.react-flow__node[data-id="web-1"]')?.textContent).toContain('8 workers');
    expect(getByTestId('node-web-1').querySelector('[data-testid="spof-marker"]')?.getAttribute('title')).toMatch(/If web-1 fails/);
    expect(queryByTestId('empty-hint')).toBeNull();
    expect((getByTestId('design-name') as HTMLInputElement).value).toBe('Canvas test');

    await act(async () => { store.getState().deleteElements(['web-1']); });
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(1);
    await act(async () => { store.getState().undo(); await new Promise((r) => setTimeout(r, 20)); });
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(2);
  });
});
