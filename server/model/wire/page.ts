/** One page of a list (GET /api/nodes, /api/ties): the items and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}
