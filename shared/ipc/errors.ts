import { z } from 'zod';

/** Every way a bridge call can fail; the renderer has a Norwegian sentence for each. */
export const IPC_ERROR_CODES = [
  'invalidInput',
  'untrustedSender',
  'readOnly',
  'noWorkspace',
  'notFound',
  'validation',
  'diskFull',
  'locked',
  'writeFailed',
  'notAllowed',
  'fileMissing',
  'fileChanged',
  'invalidFile',
  'unknown',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export const ipcErrorSchema = z.strictObject({
  code: z.enum(IPC_ERROR_CODES),
  /** Field name → error code, for `validation`. */
  fieldErrors: z.record(z.string(), z.string()).optional(),
  /** A technical detail (a field path, a file name) the message may name. */
  detail: z.string().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** What every bridge call returns: the value, or a coded error. Nothing is thrown across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown by handlers for an expected refusal; the dispatcher turns it into an `IpcResult`. */
export class IpcFailure extends Error {
  readonly code: IpcErrorCode;
  readonly fieldErrors: Record<string, string> | undefined;
  readonly detail: string | undefined;

  constructor(code: IpcErrorCode, extra: { fieldErrors?: Record<string, string>; detail?: string } = {}) {
    super(extra.detail ? `${code}: ${extra.detail}` : code);
    this.name = 'IpcFailure';
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.detail = extra.detail;
  }

  toIpcError(): IpcError {
    const error: IpcError = { code: this.code };
    if (this.fieldErrors) error.fieldErrors = this.fieldErrors;
    if (this.detail !== undefined) error.detail = this.detail;
    return error;
  }
}

/** Maps a file-system error code (`ENOSPC`, `EBUSY`, …) to what the user is told. */
export function errorCodeForFileSystem(errno: string | undefined): IpcErrorCode {
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull';
    case 'EBUSY':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'ETXTBSY':
      return 'locked';
    case undefined:
      return 'unknown';
    default:
      return 'writeFailed';
  }
}
