import { PNG } from 'pngjs';

/** A small real PDF and PNG, and a Windows program renamed to look like a PDF. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
export const SAMPLE_PNG = PNG.sync.write(new PNG({ width: 2, height: 2 }));
export const PROGRAM = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
]);
PROGRAM.write('PE\0\0', 0x80, 'binary');
