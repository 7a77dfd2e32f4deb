import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { freePort, waitForPort } from '../../apps/embedded/src/processes';
import { projectRoot } from '../../libs/config/src';
import { ObjectStore } from '../../libs/persistence/src/documents/object-store';
import { startStack, principals, powerAndWaterForm, type Stack } from '../support/api';
import { SAMPLE_PDF } from '../support/files';

const BUCKET = 'lianbao-documents';
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

/**
 * DOCUMENT_STORE=s3: the files' bytes in an S3-compatible object store (moto's S3 server, from
 * PyPI, as a process on a local port), their description and hash in Postgres.
 */
describe('documents in an S3-compatible object store (real moto S3 server, real Postgres)', () => {
  let moto: ChildProcess;
  let endpoint: string;
  let stack: Stack;

  beforeAll(async () => {
    const port = await freePort();
    moto = spawn(process.env.PYTHON ?? 'python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
      env: { ...process.env, PYTHONPATH: path.join(projectRoot, '.tools', 'moto') },
      stdio: 'ignore',
    });
    await waitForPort(port, '127.0.0.1', 60_000, 'the S3 server (moto)');
    endpoint = `http://127.0.0.1:${port}`;
    const config = { endpoint, region: 'us-east-1', bucket: BUCKET, forcePathStyle: true, ...credentials };
    await new ObjectStore(config).ensureBucket();
    stack = await startStack({
      env: {
        DOCUMENT_STORE: 's3',
        S3_ENDPOINT: endpoint,
        S3_BUCKET: BUCKET,
        S3_ACCESS_KEY_ID: credentials.accessKeyId,
        S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    moto?.kill();
  });

  it('keeps the bytes in the bucket and the hash in the events; the file opens as uploaded', async () => {
    const token = await stack.token(principals.applicant);
    const uploaded = await fetch(`${stack.api.url}/v1/documents?kind=business-licence&filename=licence.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(SAMPLE_PDF),
    });
    expect(uploaded.status).toBe(201);
    const doc = await uploaded.json();
    const sha256 = createHash('sha256').update(SAMPLE_PDF).digest('hex');
    expect(doc.sha256).toBe(sha256);

    // In Postgres: the description and where the bytes are, not the bytes.
    const [row] = await stack.db.dataSource.query(`SELECT content, location FROM documents WHERE id = $1`, [doc.id]);
    expect(row).toEqual({ content: null, location: `s3://${BUCKET}/documents/${doc.id}` });
    // In the bucket: the bytes, with their hash.
    const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `documents/${doc.id}` }));
    expect(head).toMatchObject({ ContentType: 'application/pdf', Metadata: { sha256 } });
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `documents/${doc.id}` }));
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(SAMPLE_PDF)).toBe(true);

    const submitted = await stack.call('POST', '/v1/applications', {
      token,
      body: { ...powerAndWaterForm(), documents: [{ id: doc.id, kind: 'business-licence' }] },
    });
    expect(submitted.status).toBe(201);
    const opened = await fetch(`${stack.api.url}/v1/documents/${doc.id}`, {
      headers: { authorization: `Bearer ${await stack.token(principals.window)}` },
    });
    expect(opened.status).toBe(200);
    expect(Buffer.from(await opened.arrayBuffer()).equals(SAMPLE_PDF)).toBe(true);
  });
});
