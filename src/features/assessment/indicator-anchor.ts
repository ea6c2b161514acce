/** The id of an indicator's card, and the URL fragment that links to it. */
export const indicatorAnchor = (indicatorId: string): string => `indicator-${indicatorId}`;
