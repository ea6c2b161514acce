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
  importFile: { pattern: '/import', href: () => '/import' },
  data: { pattern: '/data', href: () => '/data' },
  panel: { pattern: '/panel', href: () => '/panel' },
  round: { pattern: '/panel/:roundId', href: (roundId: string) => `/panel/${encodeURIComponent(roundId)}` },
  interview: {
    pattern: '/panel/:roundId/interview/:panelistId',
    href: (roundId: string, panelistId: string, candidateId?: string, skillAreaId?: string) => {
      const query = new URLSearchParams();
      if (candidateId) query.set('candidate', candidateId);
      if (skillAreaId) query.set('area', skillAreaId);
      const text = query.toString();
      return `/panel/${encodeURIComponent(roundId)}/interview/${encodeURIComponent(panelistId)}${text ? `?${text}` : ''}`;
    },
  },
  chair: { pattern: '/panel/:roundId/results', href: (roundId: string) => `/panel/${encodeURIComponent(roundId)}/results` },
  packet: { pattern: '/panel/:roundId/packet', href: (roundId: string) => `/panel/${encodeURIComponent(roundId)}/packet` },
  compare: {
    pattern: '/compare',
    href: (fromId?: string, toId?: string) => {
      const query = new URLSearchParams();
      if (fromId) query.set('from', fromId);
      if (toId) query.set('to', toId);
      const text = query.toString();
      return text ? `/compare?${text}` : '/compare';
    },
  },
} as const;
