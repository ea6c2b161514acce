import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LevelRadarChart from '../../src/components/charts/level-radar-chart.tsx';
import PairedBarChart from '../../src/components/charts/paired-bar-chart.tsx';

const AREAS = [
  { label: ['Leadership', 'and Vision'], name: 'Leadership and Vision', first: 1, second: 3 },
  { label: ['Strategic', 'Planning'], name: 'Strategic Planning', first: 2.33, second: 3 },
  { label: ['Ethics and', 'Policies'], name: 'Ethics and Policies', first: 3, second: null },
];

function radar() {
  render(<LevelRadarChart points={AREAS} firstName="Current" secondName="Target" maxLevel={4} label="Radar chart of current and target level" />);
  return screen.getByRole('application', { name: 'Radar chart of current and target level' });
}

const tooltip = () => screen.getByRole('status');

describe('LevelRadarChart', () => {
  it('is a drawing named by its label, with a legend naming both series', () => {
    const drawing = radar();
    expect(drawing).toHaveAccessibleDescription('Arrow keys step through the values.');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Current', 'Target']);
    expect(tooltip()).toBeEmptyDOMElement();
  });

  it('takes focus from the keyboard and steps through the areas with the arrow keys, saying each one’s values', async () => {
    const user = userEvent.setup();
    const drawing = radar();
    await user.tab();
    expect(drawing).toHaveFocus();
    expect(tooltip()).toHaveTextContent('Leadership and VisionCurrent: 1.0Target: 3.0');
    await user.keyboard('{ArrowRight}');
    expect(tooltip()).toHaveTextContent('Strategic PlanningCurrent: 2.3Target: 3.0');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(tooltip()).toHaveTextContent('Ethics and PoliciesCurrent: 3.0Target: no value');
    await user.keyboard('{ArrowLeft}');
    expect(tooltip()).toHaveTextContent(/^Strategic Planning/);
    await user.keyboard('{Escape}');
    expect(tooltip()).toBeEmptyDOMElement();
    await user.tab();
    expect(drawing).not.toHaveFocus();
    expect(tooltip()).toBeEmptyDOMElement();
  });

  it('shows the same tooltip for the area under the pointer', async () => {
    const user = userEvent.setup();
    const drawing = radar();
    const wedges = drawing.querySelectorAll('.chart-hit');
    expect(wedges).toHaveLength(3);
    await user.hover(wedges[2] as Element);
    expect(tooltip()).toHaveTextContent('Ethics and PoliciesCurrent: 3.0Target: no value');
    await user.unhover(drawing);
    expect(tooltip()).toBeEmptyDOMElement();
  });
});

const GROUPS = [
  { name: 'Leadership and Vision', first: 2, second: 3 },
  { name: 'Understanding the Educational Environment', first: 2.4, second: 3 },
  { name: 'Core Values and Skills', first: null, second: null },
];

describe('PairedBarChart', () => {
  it('draws a bar per value and none for a missing one, with a legend naming both series', () => {
    render(<PairedBarChart rows={GROUPS} firstName="Current" secondName="Target" max={4} label="Bar chart of levels by grouping" />);
    const drawing = screen.getByRole('application', { name: 'Bar chart of levels by grouping' });
    expect(drawing.querySelectorAll('.chart-bar')).toHaveLength(4);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Current', 'Target']);
    // The axis shows every long name, wrapped.
    expect(drawing).toHaveTextContent(/Understanding\s*the\s*Educational…/);
  });

  it('steps through the rows with the arrow keys, Home and End, saying each row’s values', async () => {
    const user = userEvent.setup();
    render(<PairedBarChart rows={GROUPS} firstName="Current" secondName="Target" max={4} label="Bar chart of levels by grouping" />);
    await user.tab();
    expect(tooltip()).toHaveTextContent('Leadership and VisionCurrent: 2.0Target: 3.0');
    await user.keyboard('{ArrowDown}');
    expect(tooltip()).toHaveTextContent('Understanding the Educational EnvironmentCurrent: 2.4Target: 3.0');
    await user.keyboard('{End}');
    expect(tooltip()).toHaveTextContent('Core Values and SkillsCurrent: no valueTarget: no value');
    await user.keyboard('{Home}');
    expect(tooltip()).toHaveTextContent(/^Leadership and Vision/);
  });

  it('with one series, names only it in the legend and the tooltip', async () => {
    const user = userEvent.setup();
    render(
      <PairedBarChart
        rows={[
          { name: 'Alexandra Kimberly-Nakamura', first: 3.5 },
          { name: 'Bea Cruz', first: null },
        ]}
        firstName="Weighted score"
        max={4}
        label="Bar chart of weighted score by candidate"
      />,
    );
    const drawing = screen.getByRole('application', { name: 'Bar chart of weighted score by candidate' });
    expect(within(drawing.parentElement?.parentElement ?? drawing).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Weighted score']);
    expect(drawing.querySelectorAll('.chart-bar')).toHaveLength(1);
    await user.hover(drawing.querySelectorAll('.chart-hit')[1] as Element);
    expect(tooltip()).toHaveTextContent(/^Bea CruzWeighted score: no value$/);
  });
});
