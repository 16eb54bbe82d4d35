import { contract, isMethod, type Handlers } from '../../shared/ipc/contract';
import { errorCodeForFileSystem, IpcFailure, type IpcResult } from '../../shared/ipc/errors';
import { toIssues } from '../../shared/schema/restore';

export interface DispatchOptions {
  /** Also check what the handler returns against the contract (tests and the browser suite). */
  checkOutput?: boolean;
  /** Where unexpected errors are reported; the renderer only learns their code. */
  log?: (message: string, error: unknown) => void;
}

/**
 * Runs one bridge call: parses the input against the contract, calls the handler, and turns
 * every outcome into an `IpcResult`. Never throws, whatever it is given.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<IpcResult<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'invalidInput', detail: 'channel' } };
  const spec = contract[method];
  let parsed: ReturnType<typeof spec.input.safeParse>;
  try {
    parsed = spec.input.safeParse(rawInput);
  } catch {
    // A hostile object (a throwing getter, a proxy) can make the parser itself throw.
    return { ok: false, error: { code: 'invalidInput', detail: '' } };
  }
  if (!parsed.success) {
    const first = toIssues(parsed.error)[0];
    return { ok: false, error: { code: 'invalidInput', detail: first?.path ?? '' } };
  }
  try {
    // The contract ties each method's input to its handler; TypeScript cannot follow the
    // correlation through the union, so the call goes through a widened signature.
    const handler = handlers[method] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    if (options.checkOutput) spec.output.parse(value);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof IpcFailure) return { ok: false, error: error.toIpcError() };
    const errno = (error as NodeJS.ErrnoException | null)?.code;
    const code = errorCodeForFileSystem(typeof errno === 'string' ? errno : undefined);
    (options.log ?? console.error)(`IPC ${String(method)} failed`, error);
    return { ok: false, error: { code } };
  }
}
