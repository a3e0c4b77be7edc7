import { Box, Text } from 'ink';
import { safeText } from '../../domain/safe-text.js';
import { colourOf } from '../../theme/colours.js';
import { FIELD_LABELS, WS } from '../../theme/workspace-text.js';
import type { FormState } from './form-state.js';

/** Props of a form view. */
export interface FormViewProps {
  /** The form's title. */
  readonly title: string;
  /** Fields, values and the current field. */
  readonly form: FormState;
  /** Why the last save was refused, if it was. */
  readonly error: string | null;
}

/** A form: one line per field, the current one marked; PIN fields as dots. */
export function FormView({ title, form, error }: FormViewProps) {
  const width = Math.max(...form.fields.map((f) => (FIELD_LABELS[f] ?? f).length)) + 1;
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {form.fields.map((f, i) => {
        const value = form.values[f] ?? '';
        const shown = form.masked.includes(f) ? '•'.repeat(value.length) : safeText(value);
        return (
          <Text key={f} inverse={i === form.index}>
            {i === form.index ? '› ' : '  '}
            {(FIELD_LABELS[f] ?? f).padEnd(width)} {shown}
            {i === form.index ? '_' : ''}
          </Text>
        );
      })}
      <Text dimColor>{WS.formHelp}</Text>
      {error ? <Text color={colourOf('refused')}>{error}</Text> : null}
    </Box>
  );
}
