import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`);

describe('nest-cli.json', () => {
  const projects = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8')).projects as Record<
    string,
    { root: string; sourceRoot: string }
  >;

  it('names every Nest app and lib of the tree, and nothing that is not there', () => {
    // apps/console is a Vite app, not a Nest project.
    const nestFolders = [
      ...folders('apps').filter((dir) => dir !== 'apps/console'),
      ...folders('libs'),
      'workflows',
    ];
    expect(
      Object.values(projects)
        .map((project) => project.root)
        .sort(),
    ).toEqual(nestFolders.sort());
    for (const project of Object.values(projects))
      expect(project.sourceRoot).toBe(`${project.root}/src`);
  });
});
