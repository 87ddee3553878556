// Writing the templates of `npm run new-plan` and `npm run new-year` into content/.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentFile } from './content-check/index.ts';

/** Creates each new file (never overwriting one, even in a race), then rewrites each updated one; says each. */
export async function writeTemplates(root: string, create: readonly ContentFile[], update: readonly ContentFile[] = []): Promise<void> {
  for (const file of create) {
    const path = join(root, 'content', file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text, { flag: 'wx' });
    console.log(`created content/${file.path}`);
  }
  for (const file of update) {
    await writeFile(join(root, 'content', file.path), file.text);
    console.log(`updated content/${file.path}`);
  }
}
