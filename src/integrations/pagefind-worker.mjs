// One Pagefind index in a thread of its own, and so in a Pagefind process of its own: the
// integration (src/integrations/pagefind.ts) starts one per shard. Messages from the parent:
//   { type: 'add', pages: [{ id, sourcePath, content }] }   → { type: 'added', results: [{ id, errors }] }
//   { type: 'write', outputPath }                          → { type: 'written', errors, pages }, then the thread ends
// Pages come in batches: a message per page costs the rendering thread more than the copy itself.
// Plain JavaScript, so that Node runs it as it is.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const created = await pagefind.createIndex();
const index = created.index;
const startErrors = created.errors;
let pages = 0;

parentPort.on('message', async (message) => {
  if (message.type === 'add') {
    const results = await Promise.all(
      message.pages.map(async ({ id, sourcePath, content }) => {
        if (!index) return { id, errors: startErrors };
        const added = await index.addHTMLFile({ sourcePath, content });
        pages++;
        return { id, errors: added.errors.map((error) => `${sourcePath}: ${error}`) };
      }),
    );
    parentPort.postMessage({ type: 'added', results });
  } else if (message.type === 'write') {
    const written = index ? await index.writeFiles({ outputPath: message.outputPath }) : { errors: startErrors };
    await pagefind.close();
    parentPort.postMessage({ type: 'written', errors: written.errors, pages });
    parentPort.close();
  }
});
