/** How results that refer to nodes are shown to one viewer (the visibility policy implements it). */
export interface Presenter {
  /** What this viewer calls a node: a name, a pseudonym, or a neutral word like "een bewoner" for a node it may not see. */
  label(id: string): string;
  /** Whether this viewer may see the node's id at all (persons without a legal basis: no). */
  visible(id: string): boolean;
}
