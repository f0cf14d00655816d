// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign } from '../../../src/model';
import { store } from '../../../src/store';
import { Inspector } from '../../../src/ui/inspector/Inspector';

const webParams = () => store.getState().design.nodes[0].params as { workers: number; sessions: string };

describe('Inspector', () => {
  beforeEach(() => {
    store.getState().resetDesign(emptyDesign());
    store.getState().addNode('web', { x: 0, y: 0 });
  });
  afterEach(cleanup);

  it('shows every parameter of the selected node with its default', () => {
    render(<Inspector />);
    expect((screen.getByTestId('param-workers') as HTMLInputElement).value).toBe('8');
    expect((screen.getByTestId('param-sessions') as HTMLSelectElement).value).toBe('local');
    expect(screen.getByTestId('node-id').textContent).toBe('web-1');
    expect(screen.getByText('1 – 1,000')).toBeTruthy();
  });

  it('refuses an invalid value with a message beside the field and does not commit it', () => {
    render(<Inspector />);
    const input = screen.getByTestId('param-workers') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '5000' } });
    expect(screen.getByTestId('error-workers').textContent).toMatch(/Must be from 1 to 1,000/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(webParams().workers).toBe(8);

    fireEvent.change(input, { target: { value: '2.5' } });
    expect(screen.getByTestId('error-workers').textContent).toMatch(/whole number/);
    fireEvent.change(input, { target: { value: 'lots' } });
    expect(screen.getByTestId('error-workers').textContent).toMatch(/not a number/);
    expect(webParams().workers).toBe(8);

    fireEvent.change(input, { target: { value: '24' } });
    expect(screen.queryByTestId('error-workers')).toBeNull();
    expect(webParams().workers).toBe(24);
  });

  it('commits choices and resets to defaults', () => {
    render(<Inspector />);
    fireEvent.change(screen.getByTestId('param-sessions'), { target: { value: 'shared' } });
    expect(webParams().sessions).toBe('shared');
    fireEvent.click(screen.getByTestId('inspector-reset'));
    expect(webParams().sessions).toBe('local');
    expect((screen.getByTestId('param-sessions') as HTMLSelectElement).value).toBe('local');
  });

  it('says beside each field whether a change during a run applies live or restarts it', () => {
    store.getState().resetDesign(emptyDesign());
    store.getState().addNode('client', { x: 0, y: 0 });
    render(<Inspector />);
    expect(screen.getByTestId('applies-rps').textContent).toBe('live');
    expect(screen.getByTestId('applies-mix.read').textContent).toBe('live');
    expect(screen.getByTestId('applies-users').textContent).toBe('restarts run');
    expect(screen.getByTestId('applies-users').getAttribute('title')).toMatch(/restarts it from 0 s/);
    expect((screen.getByTestId('param-giveUpS') as HTMLInputElement).value).toBe('30');
  });

  it('asks to select something when nothing is selected', () => {
    store.getState().clearSelection();
    render(<Inspector />);
    expect(screen.getByText(/Select a component/)).toBeTruthy();
  });
});
