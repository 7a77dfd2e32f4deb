// file-type ships ES modules with `exports`-only types, which the API's CommonJS build (node10
// resolution) cannot see; Node 20.19+ loads the module itself through require(esm).
declare module 'file-type' {
  export function fileTypeFromBuffer(
    buffer: Uint8Array | ArrayBuffer,
  ): Promise<{ ext: string; mime: string } | undefined>;
}
