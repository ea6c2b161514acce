/** Where focus goes when the notice above the assessment list goes away. */
export const LIST_HEADING_ID = 'assessment-list-heading';
