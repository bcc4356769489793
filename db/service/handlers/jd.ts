// `draftRole`: job-description text -> draft role profile (pure; no bench access).
import type { HandlersFor } from '../../../shared/api/define';
import type { jdApi } from '../../../shared/api/jd';
import { todayLocal } from '../../../shared/bench/dates';
import { draftRoleFromText } from '../../../shared/jd/extract';
import type { ServiceContext } from '../context';

export function jdHandlers(_svc: ServiceContext): HandlersFor<typeof jdApi> {
  return {
    draftRole(input) {
      return draftRoleFromText(input.text, todayLocal());
    },
  };
}
