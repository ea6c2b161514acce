import { useEffect } from 'react';
import { BackupPanel } from '../../components/backup/backup-panel.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useShallow } from 'zustand/shallow';
import { useData, useDataActions } from '../../state/data-store.ts';
import { DeleteAllSection } from './delete-all-section.tsx';
import { PersistenceSection } from './persistence-section.tsx';
import { StoredSection } from './stored-section.tsx';

/** What this browser holds for the user, how safe it is, and the way to take it out or remove it. */
export function DataScreen() {
  const { status, problem } = useData(useShallow((s) => ({ status: s.status, problem: s.problem })));
  const { loadDataOverview } = useDataActions();

  useEffect(() => {
    void loadDataOverview();
  }, [loadDataOverview]);

  return (
    <section className="page">
      <PageHeading title="Your data" />
      <p className="lead">
        Everything you enter in this app is kept in this browser, on this device, and nowhere else. Here you can see what is
        stored, keep it safe, and remove it.
      </p>
      {problem && <Notice tone="error">{problem}</Notice>}
      {status === 'loading' && <p>Reading what is stored…</p>}
      {status !== 'idle' && status !== 'loading' && (
        <>
          <StoredSection />
          <PersistenceSection />
          <BackupPanel />
          <DeleteAllSection />
        </>
      )}
    </section>
  );
}
