/** The one form open on the work list: which finding, which action (and for a tie from an introduction, which one). */
export interface OpenAction {
  id: string;
  action: 'reason' | 'assign' | 'propose' | 'tie' | 'contact' | 'introduction-tie';
  introduction?: string;
}
