/**
 * The one error type of the project. Domain code throws it with a code and a message meant for
 * people (Chinese, saying what is wrong and how to fix it); outer layers map the code to a transport
 * (HTTP status, CLI exit code) in one table each.
 */
export type ErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "CALENDAR_MISSING"
  | "RATE_LIMITED"
  | "INTERNAL";

/** One problem with one input field: `path` as in zod (`["applicant", "name"]`). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
