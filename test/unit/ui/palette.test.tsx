// @vitest-environment jsdom
import { ReactFlowProvider } from '@xyflow/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDesign, KIND_SPECS, KINDS } from '../../../src/model';
import { store } from '../../../src/store';
import { Palette } from '../../../src/ui/palette/Palette';

describe('Palette', () => {
  afterEach(cleanup);

  it('lists every component kind with its summary as tooltip', () => {
    render(<ReactFlowProvider><Palette /></ReactFlowProvider>);
    for (const kind of KINDS) {
      const item = screen.getByTestId(`palette-${kind}`);
      expect(item.textContent).toContain(KIND_SPECS[kind].label);
      expect(item.getAttribute('title')).toBe(KIND_SPECS[kind].summary);
      expect(item.getAttribute('draggable')).toBe('true');
    }
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Traffic', 'Edge & routing', 'Compute', 'Data', 'Async work', 'Infrastructure']);
  });

  it('adds a component on click (the keyboard path: Enter clicks a button)', () => {
    store.getState().resetDesign(emptyDesign());
    render(<ReactFlowProvider><Palette /></ReactFlowProvider>);
    fireEvent.click(screen.getByTestId('palette-web'));
    expect(store.getState().design.nodes.map((n) => n.kind)).toEqual(['web']);
  });
});
