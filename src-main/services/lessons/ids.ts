// Lesson identifiers, on the same pattern as case ids (services/cases/ids.ts): random for the
// user's lessons, stable from the slug for built-ins so links to them survive updates.
import { newCaseId } from '../cases/ids';

export function newLessonId(): string {
  return `l_${newCaseId().slice(2)}`;
}

export function builtinLessonId(slug: string): string {
  return `lb_${slug}`;
}
