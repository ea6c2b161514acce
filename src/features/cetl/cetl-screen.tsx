import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CetlEntry, CetlRecord } from '../../domain/cetl/cetl.ts';
import { addCetlEntry, emptyCetlRecord, HOURS_NEEDED, MAX_CETL_ENTRIES, removeCetlEntry } from '../../domain/cetl/cetl.ts';
import { cetlLedger, cycleOn, daysLeft } from '../../domain/cetl/cetl-ledger.ts';
import { examReadiness } from '../../domain/cetl/cetl-readiness.ts';
import { cetlWorksheetCsv } from '../../domain/cetl/cetl-worksheet.ts';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import { analyseGaps } from '../../domain/results/gaps.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useAssessmentList, useAssessmentListActions } from '../../state/assessment-list-store.ts';
import { loadCetl, saveCetl } from '../../state/feedback-actions.ts';
import { downloadText } from '../../lib/download.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { localDay } from '../../lib/format.ts';
import { nowIso } from '../../lib/new-id.ts';
import { EntryForm } from './entry-form.tsx';
import { LedgerTable } from './ledger-table.tsx';
import { Readiness } from './readiness.tsx';

/** For a CETL holder, the hours log against CoSN's rules; for someone preparing, readiness by content area. */
export function CetlScreen() {
  const [record, setRecord] = useState<CetlRecord>();
  const [problem, setProblem] = useState<string>();
  /** The activity last removed, until it is put back or another change is made. */
  const [removed, setRemoved] = useState<CetlEntry>();
  const { items, framework } = useAssessmentList(useShallow((s) => ({ items: s.items, framework: s.framework })));
  const { loadAssessmentList } = useAssessmentListActions();
  const today = localDay(nowIso());

  useEffect(() => {
    void loadAssessmentList();
    loadCetl().then(
      (read) => {
        if (read && !read.ok) setProblem(read.problem);
        setRecord(read?.ok ? read.record : emptyCetlRecord(nowIso()));
      },
      (error: unknown) => setProblem(errorMessage(error, 'The CETL log could not be loaded.')),
    );
  }, [loadAssessmentList]);

  const change = (next: CetlRecord) => {
    const stamped = { ...next, updatedAt: nowIso() };
    setRecord(stamped);
    saveCetl(stamped).catch((error: unknown) => setProblem(errorMessage(error, 'The CETL log could not be saved.')));
  };

  const assessment = items
    .flatMap((item) => (item.ok && item.assessment.framework.editionId === framework?.id ? [item.assessment] : []))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const areas = framework ? skillAreasOf(framework) : [];
  const names = {
    actions: Object.fromEntries((assessment?.pdPlan ?? []).map((action) => [action.id, action.title])),
    areas: Object.fromEntries(areas.map((area) => [area.id, area.title])),
  };
  const cycle = record?.certifiedOn ? cycleOn(record.certifiedOn, today) : undefined;
  const ledger = record ? cetlLedger(record.entries, cycle) : undefined;

  return (
    <section className="cetl">
      <PageHeading title="CETL companion" />
      <p className="lead">
        CoSN’s Certified Education Technology Leader (CETL) is renewed every three years with {HOURS_NEEDED} hours of continuing education. Log
        what you do here; each category counts as CoSN states it, and where CoSN has not published a rule the app says “check with CoSN” and
        does not guess. This companion is not made or endorsed by CoSN.
      </p>
      {problem && <Notice tone="error">{problem}</Notice>}
      {record && ledger && (
        <>
          <div className="card no-print">
            <div className="field">
              <label htmlFor="cetl-certified">Date you were certified (or last recertified)</label>
              <input
                id="cetl-certified"
                type="date"
                value={record.certifiedOn ?? ''}
                onChange={(event) => {
                  const { certifiedOn: _old, ...rest } = record;
                  change(event.target.value ? { ...rest, certifiedOn: event.target.value } : rest);
                }}
              />
            </div>
          </div>
          <h2>Recertification worksheet</h2>
          {cycle ? (
            <p className="cetl-progress">
              Cycle {cycle.number}: {cycle.start} to {cycle.end} ({daysLeft(cycle, today) >= 0 ? `${daysLeft(cycle, today)} days left` : 'deadline passed'}).{' '}
              <strong>
                {Math.round(ledger.counted * 100) / 100} of {HOURS_NEEDED} hours
              </strong>
              {ledger.toConfirm > 0 && ` (${Math.round(ledger.toConfirm * 100) / 100} of them in a category to check with CoSN)`}.
            </p>
          ) : (
            <p>Give your certification date to see your cycle and deadline. Every entry is counted until then.</p>
          )}
          <progress className="cetl-bar" max={HOURS_NEEDED} value={Math.min(HOURS_NEEDED, ledger.counted)} aria-label="Hours counted toward 60" />
          <LedgerTable
            ledger={ledger}
            names={names}
            onRemove={(entry) => {
              change(removeCetlEntry(record, entry.id));
              setRemoved(entry);
            }}
          />
          <div role="status" className="no-print">
            {removed && (
              <p>
                Removed “{removed.title}”.{' '}
                <button type="button" className="button button--small" onClick={() => {
                    change(addCetlEntry(record, removed));
                    setRemoved(undefined);
                  }}>
                  Undo
                </button>
              </p>
            )}
          </div>
          {ledger.outsideCycle.length > 0 && <p className="muted">{ledger.outsideCycle.length} logged activities fall outside this cycle and are not counted.</p>}
          <p className="no-print">
            <button type="button" className="button" onClick={() => print()}>
              Print or save as PDF
            </button>{' '}
            <button type="button" className="button" onClick={() => downloadText(`cetl-worksheet-${today}.csv`, cetlWorksheetCsv(ledger, cycle, names), 'text/csv;charset=utf-8')}>
              Download the worksheet (CSV)
            </button>
          </p>
          {record.entries.length >= MAX_CETL_ENTRIES ? (
            <p className="notice notice--info">
              The log holds {MAX_CETL_ENTRIES.toLocaleString('en-US')} activities, the most it keeps. Download the worksheet to keep a copy, then
              delete activities from cycles that are over to log new ones.
            </p>
          ) : (
            <EntryForm
              today={today}
              {...(assessment ? { assessmentId: assessment.id } : {})}
              actions={assessment?.pdPlan ?? []}
              areas={areas}
              onAdd={(entry: CetlEntry) => {
                change(addCetlEntry(record, entry));
                setRemoved(undefined);
              }}
            />
          )}
        </>
      )}
      {framework && assessment && (
        <section className="no-print" aria-labelledby="readiness-heading">
          <h2 id="readiness-heading">Preparing for the exam</h2>
          <p>
            The exam reports results by three content areas and publishes no weights for them. From “{assessment.title}”, your latest assessment:
          </p>
          <Readiness readiness={examReadiness(analyseGaps(framework, assessment).skillAreas)} />
        </section>
      )}
    </section>
  );
}
