/** The grader's table: one row per design, one column per goal (its verdict and measured value). */
import type { Stage } from '../../stages';
import type { DesignVerdict } from './verdict';

const cell = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

export function formatGrades(stage: Stage, verdicts: readonly DesignVerdict[]): string {
  const lines = [`${stage.title}: ${stage.goals.length} goals, ${stage.check.durationS} s Check (seed ${stage.check.seed})`];
  stage.goals.forEach((g, i) => lines.push(`  G${i + 1}  ${g.label} (${g.type})`));
  const designWidth = Math.min(40, Math.max(6, ...verdicts.map((v) => v.design.length)));
  const goalWidth = 18;
  lines.push('', [cell('design', designWidth), cell('result', 6), ...stage.goals.map((_, i) => cell(`G${i + 1}`, goalWidth))].join('  ').trimEnd());
  for (const v of verdicts) {
    const goals = v.goals.map((g) => cell(`${g.passed ? 'ok' : 'NO'} ${g.measured}`, goalWidth));
    const row = [cell(v.design, designWidth), cell(v.passed ? 'pass' : 'FAIL', 6), ...goals].join('  ').trimEnd();
    lines.push(row);
    if (v.error) lines.push(`${' '.repeat(designWidth + 2)}${v.error}`);
  }
  const passed = verdicts.filter((v) => v.passed).length;
  lines.push('', `${passed} of ${verdicts.length} design${verdicts.length === 1 ? '' : 's'} passed.`);
  return lines.join('\n');
}
