import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readMarksFile, type Mark } from '../../src/domain/marks';
import { createUploadPersistence } from '../../src/features/upload/core/persistence';
import { recordsOf } from '../../src/features/upload/core/store';
import { asset, file, flush, serverError, setup, target } from './runner-harness';

/*
 * A copy of a screenshot for another segment carries its marks: the queue writes the marks file
 * once the copy is attached (its version is known only then), also when a reload came between.
 */

const MARK: Mark = { x: 0.1, y: 0.2, width: 0.3, height: 0.1, label: 'Place order' };
const SIZE = { width: 800, height: 500 };
const V = '638892287138999983';
const attached = (name: string) => ({ ...asset(name), downloadUrl: `https://x/api/resources/assets/27665601?filename=${name}&v=${V}` });

async function finish(fake: ReturnType<typeof setup>, index: number, name: string) {
  fake.uploads[index]!.resolve({ token: `t${index}`, name });
  await flush();
  fake.attaches.at(-1)!.resolve(attached(name));
  await flush();
}

describe('marks that follow an image through the queue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('queues the marks file beside the attached image, with its version, in the same folder and language', async () => {
    const fake = setup();
    const [id] = fake.runner.enqueue([{ file: file(), name: 'shot.png', target, marks: { marks: [MARK], ...SIZE } }]);
    await flush();
    expect(fake.store.getState().order).toEqual([id]);
    await finish(fake, 0, 'shot.png');
    const image = fake.record(id!);
    expect(image).toMatchObject({ status: 'done', marks: null });
    const follow = fake.record(image.marksUpload!);
    expect(follow).toMatchObject({ name: 'shot.png.marks.json', target, type: 'application/json' });
    const read = readMarksFile(await follow.file!.text());
    expect(read).toEqual({ ok: true, file: expect.objectContaining({ image: { name: 'shot.png', v: V, ...SIZE }, marks: [MARK] }) });
    // The marks file goes through both steps like any upload.
    await flush();
    expect(fake.uploads[1]!.input.options.filename).toBe('shot.png.marks.json');
  });

  it('writes nothing more for an image without marks, or with none left', async () => {
    const fake = setup();
    fake.runner.enqueue([
      { file: file(), name: 'a.png', target },
      { file: file(), name: 'b.png', target, marks: { marks: [], ...SIZE } },
    ]);
    await flush();
    await finish(fake, 0, 'a.png');
    await finish(fake, 1, 'b.png');
    expect(recordsOf(fake.store.getState()).map((r) => r.name)).toEqual(['a.png', 'b.png']);
  });

  it('writes the marks once after a failed attach is retried', async () => {
    const fake = setup();
    const [id] = fake.runner.enqueue([{ file: file(), name: 'shot.png', target, marks: { marks: [MARK], ...SIZE } }]);
    await flush();
    fake.uploads[0]!.resolve({ token: 't0', name: 'shot.png' });
    await flush();
    fake.attaches[0]!.reject(serverError());
    await vi.runOnlyPendingTimersAsync();
    fake.attaches.at(-1)!.resolve(attached('shot.png'));
    await flush();
    expect(fake.uploads).toHaveLength(2);
    expect(recordsOf(fake.store.getState()).filter((r) => r.name === 'shot.png.marks.json')).toHaveLength(1);
    expect(fake.record(id!).marksUpload).toBeTruthy();
  });

  it('keeps the marks across a reload: the restored copy writes them once attached', async () => {
    const before = setup();
    const persistence = createUploadPersistence({ namespace: 'follow', owner: 'o', keepFileAfterMs: 0 });
    persistence.mirror(before.store);
    before.runner.enqueue([{ file: file(), name: 'shot.png', target, marks: { marks: [MARK], ...SIZE } }]);
    await persistence.flush({ keepNow: true });
    before.runner.stop();

    const restored = await createUploadPersistence({ namespace: 'follow', owner: 'o' }).load();
    expect(restored).toHaveLength(1);
    expect(restored[0]!.marks).toEqual({ marks: [MARK], ...SIZE });
    const after = setup();
    // (The new runner's test IDs start again at u1: the restored record keeps a name of its own.)
    after.runner.restore(restored.map((r) => ({ ...r, id: 'restored' })));
    await flush();
    await finish(after, 0, 'shot.png');
    const follow = recordsOf(after.store.getState()).find((r) => r.name === 'shot.png.marks.json');
    expect(readMarksFile(await follow!.file!.text())).toMatchObject({ ok: true, file: { marks: [MARK] } });
  });
});
