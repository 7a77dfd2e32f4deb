import fs from 'node:fs';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow';
import type { Config } from '../../config/src/config';

type TemporalConfig = Pick<
  Config,
  | 'TEMPORAL_ADDRESS'
  | 'TEMPORAL_TLS_CERT'
  | 'TEMPORAL_TLS_KEY'
  | 'TEMPORAL_TLS_CA'
  | 'TEMPORAL_TLS_SERVER_NAME'
  | 'TEMPORAL_API_KEY'
>;

/**
 * Connection options for a client or worker. Plain TCP for the embedded dev server; mTLS files
 * or an API key (Temporal Cloud) when configured. Used by both the client and NativeConnection.
 */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

export function temporalConnectionOptions(config: TemporalConfig): TemporalConnectionOptions {
  const mtls = config.TEMPORAL_TLS_CERT && config.TEMPORAL_TLS_KEY;
  const tls =
    mtls || config.TEMPORAL_TLS_CA || config.TEMPORAL_API_KEY
      ? {
          serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME,
          serverRootCACertificate: config.TEMPORAL_TLS_CA ? fs.readFileSync(config.TEMPORAL_TLS_CA) : undefined,
          clientCertPair: mtls
            ? { crt: fs.readFileSync(config.TEMPORAL_TLS_CERT!), key: fs.readFileSync(config.TEMPORAL_TLS_KEY!) }
            : undefined,
        }
      : undefined;
  return { address: config.TEMPORAL_ADDRESS, tls, apiKey: config.TEMPORAL_API_KEY };
}
