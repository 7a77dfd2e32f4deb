import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DefaultFailureConverter, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

/**
 * Temporal payloads encrypted at rest and on the wire (AES-256-GCM): every workflow input,
 * activity argument and result, Update and signal argument, query answer and memo passes through
 * it on the client and the worker. The key's id travels in the payload's metadata, so keys rotate:
 * new payloads are sealed under the first key, old ones open under whichever key sealed them.
 * Payloads it did not encode (histories recorded before it) pass through untouched.
 */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const CIPHER = 'encryption-cipher';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface CodecKey {
  id: string;
  key: Buffer;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/** `id=base64,id=base64`: the first key seals, all of them open. Each key is 32 bytes. */
export function parseCodecKeys(value: string): CodecKey[] {
  const keys = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf('=');
      if (at < 1) throw new Error(`"${entry.slice(0, 12)}…" is not id=base64key`);
      const id = entry.slice(0, at);
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new Error(`key id "${id}" must be letters, digits, . _ or -`);
      const key = Buffer.from(entry.slice(at + 1), 'base64');
      if (key.length !== 32) throw new Error(`key "${id}" must be 32 bytes (base64 of 32 random bytes)`);
      return { id, key };
    });
  if (!keys.length) throw new Error('at least one key is needed');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('key ids must differ');
  return keys;
}

export class UnknownCodecKeyError extends Error {}

export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly keys: Map<string, Buffer>;
  private readonly current: CodecKey;

  constructor(keys: CodecKey[]) {
    if (!keys.length) throw new Error('AesGcmPayloadCodec needs a key');
    this.current = keys[0];
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
      return {
        metadata: {
          encoding: utf8(ENCRYPTED_ENCODING),
          [KEY_ID]: utf8(this.current.id),
          [CIPHER]: utf8('AES-256-GCM'),
        },
        data: Buffer.concat([iv, cipher.getAuthTag(), sealed]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.encoding) !== ENCRYPTED_ENCODING) return payload;
      const id = text(payload.metadata?.[KEY_ID]) ?? '';
      const key = this.keys.get(id);
      if (!key) throw new UnknownCodecKeyError(`payload sealed under an unknown key "${id}"`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

/** Where the failure converter that moves messages into encoded attributes lives (loaded by path). */
export const failureConverterPath = require.resolve('./failure-converter');

/**
 * The data converter for a client or worker: the codec (and failures whose message and stack go
 * through it) when keys are configured, else Temporal's default.
 */
export function dataConverterFor(
  keys: string | undefined,
): { payloadCodecs: PayloadCodec[]; failureConverter: DefaultFailureConverter } | undefined {
  return keys
    ? {
        payloadCodecs: [new AesGcmPayloadCodec(parseCodecKeys(keys))],
        failureConverter: new DefaultFailureConverter({ encodeCommonAttributes: true }),
      }
    : undefined;
}

/** The same for a worker, whose converters are loaded by path (the workflow sandbox needs them so). */
export function workerDataConverterFor(
  keys: string | undefined,
): { payloadCodecs: PayloadCodec[]; failureConverterPath: string } | undefined {
  return keys ? { payloadCodecs: [new AesGcmPayloadCodec(parseCodecKeys(keys))], failureConverterPath } : undefined;
}
