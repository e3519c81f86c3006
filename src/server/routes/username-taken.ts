// Usernames are unique across the whole endpoint. The protocol has no code of its own for
// a taken name; it is a request that cannot be served as sent: 400 with the field named.
import { invalidRequest } from '../http/api-error.ts';

export function usernameTaken() {
  return invalidRequest('This username is taken; choose another.', [
    { path: ['username'], code: 'username_taken', message: 'validation.usernameTaken' },
  ]);
}
