import type { ApiErrorData } from '../../src-main/contract/errors';

/** A contract method's error as data, thrown by `call` and by engine runs. */
export class ApiError extends Error {
  constructor(readonly data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
  }
}
