/** A modal to create a node; the new node opens on the map. */
import { useEffect, useRef } from 'react';
import { createNode } from '../core/app/editing.ts';
import { openNode } from '../core/app/loading.ts';
import { nl } from '../i18n/nl.ts';
import { NodeEditor } from './NodeEditor.tsx';

export function NewNodeDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="new-node-title" onClose={onClose} onCancel={onClose}>
      <h2 id="new-node-title">{nl.detail.newNode}</h2>
      <NodeEditor
        kind="persoon"
        chooseKind
        initial={{ roles: ['bewoner'], consentBasis: 'toestemming' }}
        onCancel={onClose}
        onSubmit={async (kind, values) => {
          const node = await createNode({ kind, ...values });
          onClose();
          openNode(node.id);
        }}
      />
    </dialog>
  );
}
