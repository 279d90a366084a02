/** Typed errors, handled once in app.ts (ARCHITECTURE.md §6.9). */
export type FieldErrors = Record<string, string>

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly detail: unknown = undefined,
  ) {
    super(message)
  }
}

export const notFound = (what = 'Page') => new AppError(404, 'not_found', `${what} not found`)
export const forbidden = (message = 'You do not have permission to do that') =>
  new AppError(403, 'forbidden', message)
export const validationFailed = (fieldErrors: FieldErrors, message = 'There is a problem with the input') =>
  new AppError(422, 'validation_failed', message, fieldErrors)
export const badRequest = (message: string) => new AppError(400, 'bad_request', message)
/** A stale save: `detail` carries both versions so the conflict page can show them. */
export const conflict = (message: string, detail?: unknown) => new AppError(409, 'conflict', message, {}, detail)
export const ruleBroken = (message: string) => new AppError(422, 'rule_broken', message)

export const isAppError = (e: unknown): e is AppError => e instanceof AppError
