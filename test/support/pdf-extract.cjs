// Reads a PDF from stdin and prints its text and images as JSON. It runs as its own Node process:
// pdf.js loads its worker by a dynamic import, which jest's module sandbox does not allow.
'use strict';
const { PDFParse } = require('pdf-parse');

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const { text } = await parser.getText();
  const images = await parser.getImage({ imageBuffer: true, imageDataUrl: false });
  const out = {
    text,
    images: images.pages.flatMap((p) =>
      p.images.map((i) => ({ width: i.width, height: i.height, data: Buffer.from(i.data).toString('base64') })),
    ),
  };
  await parser.destroy();
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
