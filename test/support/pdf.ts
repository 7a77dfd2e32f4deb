import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PdfContent {
  text: string;
  images: { width: number; height: number; data: Buffer }[];
}

/** A PDF's text and images, read by pdf-parse (pdf.js) in a Node process of its own. */
export function readPdf(pdf: Uint8Array): Promise<PdfContent> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'pdf-extract.cjs')], { stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pdf-extract exited ${code}: ${Buffer.concat(err).toString()}`));
      const parsed = JSON.parse(Buffer.concat(out).toString()) as {
        text: string;
        images: { width: number; height: number; data: string }[];
      };
      resolve({ text: parsed.text, images: parsed.images.map((i) => ({ ...i, data: Buffer.from(i.data, 'base64') })) });
    });
    child.stdin.end(Buffer.from(pdf));
  });
}
