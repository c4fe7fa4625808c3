import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { Environment, validateEnvironment } from './environment';

interface Entry {
  name: string;
  value: string;
  /** `# NAME=value`: a setting without a default, shown with an example value. */
  commented: boolean;
  /** The comment lines just above it: what it means. */
  meaning: string;
}

const SETTING = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/;

function entries(text: string): Entry[] {
  const lines = text.split('\n');
  return lines.flatMap((line, index) => {
    const match = SETTING.exec(line);
    if (!match) return [];
    const above: string[] = [];
    for (let i = index - 1; i >= 0 && lines[i].startsWith('#') && !SETTING.test(lines[i]); i--) {
      above.unshift(lines[i].replace(/^#\s*/, ''));
    }
    return [
      {
        name: match[2],
        value: match[3],
        commented: match[1] !== undefined,
        meaning: above.join(' '),
      },
    ];
  });
}

/** Every property the configuration class validates, read from its decorators. */
const settings = (): string[] => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(Environment, '', true, false)
      .map((metadata) => metadata.propertyName),
  ),
];

describe('.env.example', () => {
  const example = entries(readFileSync(join(__dirname, '../../../.env.example'), 'utf8'));
  const defaults = validateEnvironment({}) as unknown as Record<string, unknown>;

  it('lists every setting of the configuration class, and nothing else, once', () => {
    const names = example.map((entry) => entry.name);
    expect([...names].sort()).toEqual(settings().sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('says what each setting means', () => {
    for (const { name, meaning } of example) {
      expect({ name, meaning: meaning.length > 10 }).toEqual({ name, meaning: true });
    }
  });

  it('gives each default as the class has it, and comments out the settings without one', () => {
    for (const { name, value, commented } of example) {
      expect({ name, commented }).toEqual({ name, commented: defaults[name] === undefined });
      const parsed = validateEnvironment({ [name]: value }) as unknown as Record<string, unknown>;
      if (!commented)
        expect({ name, value: parsed[name] }).toEqual({ name, value: defaults[name] });
      else expect({ name, set: parsed[name] !== undefined }).toEqual({ name, set: true });
    }
  });
});
