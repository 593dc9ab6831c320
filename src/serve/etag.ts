/**
 * Strong entity tags, computed once per representation when the site is
 * rendered (never per request): a hash of the bytes (and their type) plus
 * their length. Collisions between successive versions of one feed are not a
 * practical concern.
 */
import { hash64 } from "../core/hash";

export function strongEtag(bytes: Uint8Array, salt = ""): string {
  return `"${hash64(bytes, salt)}-${bytes.length.toString(36)}"`;
}
