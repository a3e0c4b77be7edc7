import { Box, Text } from 'ink';
import { safeText } from '../../domain/safe-text.js';
import type { FormState } from '../admin/form-state.js';

/** Props of a small form shown inside a workflow screen. */
export interface FieldsViewProps {
  /** The form's title line. */
  readonly title: string;
  /** Field name → label. */
  readonly labels: Readonly<Record<string, string>>;
  /** Fields, values and the current field. */
  readonly form: FormState;
  /** A line under the fields (what Enter, Tab and Esc do). */
  readonly help: string;
}

/**
 * The fields of a workflow form, one per line; the current one is marked with a pointer and
 * inverse video (never colour alone), PIN fields as dots.
 */
export function FieldsView({ title, labels, form, help }: FieldsViewProps) {
  const width = Math.max(...form.fields.map((f) => (labels[f] ?? f).length)) + 1;
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {form.fields.map((f, i) => {
        const value = form.values[f] ?? '';
        const shown = form.masked.includes(f) ? '•'.repeat([...value].length) : safeText(value);
        const current = i === form.index;
        return (
          <Text key={f} inverse={current} wrap="truncate">
            {current ? '› ' : '  '}
            {(labels[f] ?? f).padEnd(width)} {shown}
            {current ? '_' : ''}
          </Text>
        );
      })}
      <Text dimColor>{help}</Text>
    </Box>
  );
}
