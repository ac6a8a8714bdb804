// The renderer's only door to the main side: the preload bridge in the desktop app, or the web
// edition's HTTP API with its session token. Both speak the same typed contract.
import type {
  Bridge,
  MethodName,
  RequestOf,
  ResponseOf,
  Result,
} from '../../src-main/contract/index';
import { decodeFrame, FRAME_MIME } from '../../src-main/contract/codec';
import type { ApiErrorData } from '../../src-main/contract/errors';
import { ApiError } from './apiError';
import { appI18n } from './i18n';

export { ApiError } from './apiError';

declare global {
  interface Window {
    lactasim?: Bridge;
  }
}

const TOKEN_KEY = 'lactasim.token';

/** Fired when the web edition refuses this page's session (no token, or the server restarted). */
export const SESSION_REFUSED = 'lactasim:session-refused';

/**
 * The web edition's token arrives in the URL once; keep it for reloads, then hide it. A new tab
 * or a bookmark has none: the server then knows the browser by the cookie it set on that first
 * visit, and the header is left out.
 */
function sessionToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const search = params.toString();
    history.replaceState(
      null,
      '',
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    );
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | undefined;
const utf8 = new TextDecoder();

async function overHttp<K extends MethodName>(
  name: K,
  request: RequestOf<K>,
): Promise<Result<ResponseOf<K>>> {
  token ??= sessionToken();
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === '' ? {} : { 'x-lactasim-token': token }),
    },
    body: JSON.stringify(request),
  });
  // Traces arrive as one binary frame whose Float64Arrays are views on the body; the rest is JSON.
  const binary = response.headers.get('content-type') === FRAME_MIME;
  const result = (
    binary ? decodeFrame(new Uint8Array(await response.arrayBuffer()), utf8) : await response.json()
  ) as Result<ResponseOf<K>>;
  if (!result.ok && result.error.code === 'UNAUTHORIZED') {
    window.dispatchEvent(new Event(SESSION_REFUSED));
  }
  return result;
}

export const edition: 'desktop' | 'web' = window.lactasim ? 'desktop' : 'web';

/** Calls a contract method; resolves with its value or rejects with an ApiError. */
export async function call<K extends MethodName>(
  name: K,
  request: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const bridge = window.lactasim;
  const result = bridge
    ? await (bridge[name] as (r: RequestOf<K>) => Promise<Result<ResponseOf<K>>>)(request)
    : await overHttp(name, request);
  if (!result.ok) throw new ApiError(inInterfaceLanguage(result.error));
  return result.value;
}

/**
 * A refusal about the library as a whole (read-only, busy) in the interface language: the main
 * side words it in English, and the screens show it as it comes. Errors about a request's own
 * values keep the main side's words (the screens put them next to the field).
 */
function inInterfaceLanguage(error: ApiErrorData): ApiErrorData {
  if (error.code !== 'LIBRARY_READ_ONLY' && error.code !== 'BUSY') return error;
  return { ...error, message: appI18n.t(`libraryRefusals.${error.code}`, { ns: 'app' }) };
}
