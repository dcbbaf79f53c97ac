/**
 * Who recorded the ties of a node, in words a viewer may read: the write
 * path stores the recorder as an account name, a person's id or a source's
 * own text; the viewer's policy decides what of that this viewer is told.
 */
import type { NodeProvenance } from '../model/wire/provenance.ts';
import type { UserService } from './auth/users.ts';
import type { NetworkService } from './network-service.ts';
import type { Viewer } from './privacy/policy.ts';
import { SYSTEM_ACTOR } from './write/types.ts';

export class ProvenanceService {
  constructor(
    private readonly network: NetworkService,
    private readonly users: UserService,
  ) {}

  /** The recorder of each tie of the node that this viewer sees; an unknown node, or one the viewer may not see, answers 404. */
  async ofNode(viewer: Viewer, id: string): Promise<NodeProvenance> {
    const { ties } = await this.network.node(viewer, id);
    const accounts = new Map((await this.users.list()).map((user) => [user.username, user]));
    const recorders: NodeProvenance['recorders'] = {};
    for (const tie of ties) if (tie.recordedBy) recorders[tie.id] = viewer.recorder(tie.recordedBy, accounts.get(tie.recordedBy), SYSTEM_ACTOR.username);
    return { recorders };
  }
}
