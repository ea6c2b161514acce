import { closeAssessment } from './assessment-store.ts';
import { useAssessmentListStore } from './assessment-list-store.ts';
import { useBackupStore } from './backup-store.ts';
import { useImportStore } from './import-store.ts';
import { usePanelStore } from './panel-store.ts';

/** After all data is deleted: every store back to its first state, so no screen shows what is gone. */
export function resetUserStores(): void {
  closeAssessment();
  useAssessmentListStore.setState(useAssessmentListStore.getInitialState(), true);
  usePanelStore.setState(usePanelStore.getInitialState(), true);
  useImportStore.setState(useImportStore.getInitialState(), true);
  useBackupStore.setState(useBackupStore.getInitialState(), true);
}
