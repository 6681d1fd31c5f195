import { v7 } from 'uuid';

/**
 * New ids are UUID version 7: opaque to clients, but increasing with creation time (monotonic
 * within the process), so ordering by id breaks ties in creation order and the seed's order is
 * the same in every database.
 */
export function newId(): string {
  return v7();
}
