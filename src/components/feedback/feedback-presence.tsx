import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { FeedbackPresence } from '../../domain/feedback/feedback-presence.ts';
import { describeFeedbackPresence } from '../../domain/feedback/feedback-presence.ts';
import { paths } from '../../config/paths.ts';
import { feedbackPresence } from '../../state/feedback-actions.ts';

/** Every assessment's colleagues' feedback, read once when the screen opens; undefined until read (or if it cannot be). */
export function useFeedbackPresence(): Map<string, FeedbackPresence> | undefined {
  const [presence, setPresence] = useState<Map<string, FeedbackPresence>>();
  useEffect(() => {
    let isCurrent = true;
    // Unreadable storage is reported elsewhere; here the line simply stays away.
    feedbackPresence().then(
      (read) => isCurrent && setPresence(read),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return presence;
}

interface FeedbackPresenceLineProps {
  assessmentId: string;
  title: string;
  presence: FeedbackPresence;
}

/** "Feedback from 4 colleagues. See it", or "No colleagues’ feedback yet. Ask for it": plain, never a reproach. */
export function FeedbackPresenceLine({ assessmentId, title, presence }: FeedbackPresenceLineProps) {
  const { text, action } = describeFeedbackPresence(presence);
  return (
    <p className="muted feedback-presence">
      {text}{' '}
      <Link to={paths.feedback.href(assessmentId)} aria-label={`${action}: colleagues’ feedback on ${title}`}>
        {action}
      </Link>
    </p>
  );
}
