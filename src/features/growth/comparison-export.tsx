import { useState } from 'react';
import type { Comparison } from '../../domain/results/compare.ts';
import { comparisonCsv } from '../../domain/results/comparison-csv.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { localDay } from '../../lib/format.ts';
import { nowIso } from '../../lib/new-id.ts';

/** The comparison on paper (the print stylesheet leaves the chooser and these buttons out) or as a spreadsheet. */
export function ComparisonExport({ comparison }: { comparison: Comparison }) {
  const [isDownloaded, setDownloaded] = useState(false);
  const downloadCsv = () => {
    const { earlier, later } = comparison;
    downloadText(`${fileSlug(earlier.title)}-to-${fileSlug(later.title)}-comparison-${localDay(nowIso())}.csv`, comparisonCsv(comparison), 'text/csv;charset=utf-8');
    setDownloaded(true);
  };
  return (
    <div className="comparison-export no-print">
      <div className="assessment-card__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" className="button" onClick={downloadCsv}>
          Export for spreadsheets (CSV)
        </button>
      </div>
      {isDownloaded && <Notice tone="success">The CSV file was downloaded: one row per skill area and per indicator, ready for a spreadsheet.</Notice>}
    </div>
  );
}
