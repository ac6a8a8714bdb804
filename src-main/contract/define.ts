import type { z } from 'zod';

/**
 * One contract method: the zod schema of its single request argument and, as a phantom type,
 * its response. The response type is carried by the type system only.
 */
export interface MethodSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  readonly response?: (value: Res) => void;
}

export function method<Res>() {
  return <Req extends z.ZodType>(request: Req): MethodSpec<Req, Res> => ({ request });
}
