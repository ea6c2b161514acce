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
} as const;
