/** `path`, with `?name=value` for each value given, in order. */
function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}

/** The route table: patterns for the router, href builders for links. */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  about: { pattern: '/about', href: () => '/about' },
  assessment: {
    pattern: '/assessments/:assessmentId',
    href: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}`,
  },
  skillArea: {
    pattern: 'areas/:skillAreaId',
    href: (assessmentId: string, skillAreaId: string) =>
      `/assessments/${encodeURIComponent(assessmentId)}/areas/${encodeURIComponent(skillAreaId)}`,
  },
  summary: {
    pattern: 'summary',
    href: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}/summary`,
  },
  results: {
    pattern: 'results',
    href: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}/results`,
  },
  pdPlan: {
    pattern: 'plan',
    href: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}/plan`,
  },
  report: {
    pattern: 'report',
    href: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}/report`,
  },
  feedback: {
    pattern: 'feedback',
    href: (assessmentId: string) => `/assessments/${encodeURIComponent(assessmentId)}/feedback`,
  },
  giveFeedback: { pattern: '/give-feedback', href: () => '/give-feedback' },
  cetl: { pattern: '/cetl', href: () => '/cetl' },
  importFile: { pattern: '/import', href: () => '/import' },
  data: { pattern: '/data', href: () => '/data' },
  panel: { pattern: '/panel', href: () => '/panel' },
  round: { pattern: '/panel/:roundId', href: (roundId: string) => `/panel/${encodeURIComponent(roundId)}` },
  interview: {
    pattern: '/panel/:roundId/interview/:panelistId',
    href: (roundId: string, panelistId: string, candidateId?: string, skillAreaId?: string) =>
      withQuery(`/panel/${encodeURIComponent(roundId)}/interview/${encodeURIComponent(panelistId)}`, { candidate: candidateId, area: skillAreaId }),
  },
  /** The chair's pages of a round: the panel's results and the decision packet. */
  chair: { pattern: '/panel/:roundId/:page', href: (roundId: string, page: 'results' | 'packet') => `/panel/${encodeURIComponent(roundId)}/${page}` },
  compare: {
    pattern: '/compare',
    href: (fromId?: string, toId?: string) => withQuery('/compare', { from: fromId, to: toId }),
  },
} as const;
