import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

export interface ObjectStoreConfig {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/**
 * Documents' bytes in an S3-compatible object store (DOCUMENT_STORE=s3): one object per file,
 * keyed by the file's id, its SHA-256 kept as metadata; the documents table keeps the rest.
 */
export class ObjectStore {
  private readonly client: S3Client;

  constructor(private readonly config: ObjectStoreConfig) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      ...(config.accessKeyId && config.secretAccessKey
        ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
        : {}),
    });
  }

  /** Where a file's bytes go: `s3://<bucket>/documents/<id>`. */
  location(id: string): string {
    return `s3://${this.config.bucket}/documents/${id}`;
  }

  async put(id: string, content: Buffer, mediaType: string, sha256: string): Promise<string> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: `documents/${id}`,
        Body: content,
        ContentType: mediaType,
        Metadata: { sha256 },
      }),
    );
    return this.location(id);
  }

  async get(location: string): Promise<Buffer> {
    const key = location.replace(`s3://${this.config.bucket}/`, '');
    const reply = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
    return Buffer.from(await reply.Body!.transformToByteArray());
  }

  /** Makes the bucket when it is not there (for a fresh embedded or test set-up). */
  async ensureBucket(): Promise<void> {
    await this.client.send(new CreateBucketCommand({ Bucket: this.config.bucket })).catch((error: unknown) => {
      const name = (error as { name?: string }).name;
      if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
    });
  }
}
