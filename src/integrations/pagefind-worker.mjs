// One Pagefind index in a thread of its own, and so in a Pagefind process of its own: the
// integration (src/integrations/pagefind.ts) starts one per shard. Messages from the parent:
//   { type: 'add', id, sourcePath, content }   → { type: 'added', id, errors }
//   { type: 'write', outputPath }              → { type: 'written', errors, pages }, then the thread ends
// Plain JavaScript, so that Node runs it as it is.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const created = await pagefind.createIndex();
const index = created.index;
const startErrors = created.errors;
let pages = 0;

parentPort.on('message', async (message) => {
  if (message.type === 'add') {
    if (!index) return parentPort.postMessage({ type: 'added', id: message.id, errors: startErrors });
    const added = await index.addHTMLFile({ sourcePath: message.sourcePath, content: message.content });
    pages++;
    parentPort.postMessage({ type: 'added', id: message.id, errors: added.errors.map((error) => `${message.sourcePath}: ${error}`) });
  } else if (message.type === 'write') {
    const written = index ? await index.writeFiles({ outputPath: message.outputPath }) : { errors: startErrors };
    await pagefind.close();
    parentPort.postMessage({ type: 'written', errors: written.errors, pages });
    parentPort.close();
  }
});
