/** "Vastgelegd door Anna de Vries (gebiedsverbinder) op 10 februari 2025": who recorded a tie and when, in words. */
import type { GraphTie } from '../../server/model/index.ts';
import type { Recorder } from '../../server/model/wire/provenance.ts';
import { formatDateLong } from '../i18n/format.ts';
import { nl } from '../i18n/nl.ts';

function recorderName(recorder: Recorder): string {
  const t = nl.detail.recorder;
  switch (recorder.kind) {
    case 'persoon':
      return recorder.role ? t.withRole(recorder.name, nl.roles[recorder.role] ?? recorder.role) : recorder.name;
    case 'account': {
      const role = nl.beheer.roles[recorder.role].toLowerCase();
      return recorder.name ? t.withRole(recorder.name, role) : t.account(role);
    }
    case 'tekst':
      return recorder.text;
    case 'systeem':
      return t.system;
    case 'onbekend':
      return t.unknown;
  }
}

/** The line about who recorded the tie and on which day; null when neither is known to this account. */
export function recordedLine(tie: GraphTie, recorder: Recorder | undefined): string | null {
  const who = recorder ? recorderName(recorder) : null;
  const day = tie.recordedAt ? formatDateLong(tie.recordedAt) : null;
  return who || day ? nl.detail.recorded(who, day) : null;
}
