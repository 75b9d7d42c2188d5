// Writes the derived files (src/pages/derived-files.json.ts) for the derived-files integration, in a
// thread of its own: creating thousands of small files is slow on some disks, and here it runs beside
// the rendering instead of inside it. Messages from the parent:
//   { type: 'files', files: [[absolutePath, text], …] }
//   { type: 'end' }   → { written } or { error }, then the thread ends
// Plain JavaScript, so that Node runs it as it is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

const folders = new Set();
let written = 0;
let error;

parentPort.on('message', (message) => {
  if (message.type === 'files') {
    for (const [file, text] of message.files) {
      if (error) return;
      try {
        const folder = dirname(file);
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        writeFileSync(file, text);
        written++;
      } catch (caught) {
        error = `${file}: ${caught.message}`;
      }
    }
  } else if (message.type === 'end') {
    parentPort.postMessage(error ? { error } : { written });
    parentPort.close();
  }
});
