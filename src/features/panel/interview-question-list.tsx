import type { Framework } from '../../domain/framework/framework.ts';
import type { InterviewQuestion } from '../../domain/panel/interview-questions-schema.ts';

interface QuestionListProps {
  /** The panel's own questions for this area, from the round. */
  own: string[];
  questions: InterviewQuestion[];
  framework: Framework;
}

/** What to ask, shown before the scoring choices because it is asked first. */
export function InterviewQuestionList({ own, questions, framework }: QuestionListProps) {
  if (own.length === 0 && questions.length === 0) return null;
  return (
    <section aria-labelledby="questions-heading" className="interview__questions">
      <h2 id="questions-heading">Questions to ask</h2>
      <ol className="question-list">
        {own.map((text, i) => (
          <li key={`own-${i}`} className="card">
            <p className="eyebrow">The panel’s own question</p>
            <p className="question__text">{text}</p>
          </li>
        ))}
        {questions.map((question) => (
          <li key={question.id} className="card">
            <p className="eyebrow">{question.kind === 'behavioural' ? 'Behavioural' : 'Situational'}</p>
            <p className="question__text">{question.text}</p>
            <details>
              <summary>What an answer shows at each level</summary>
              <dl className="rubric__levels">
                {framework.rubric.levels.map((level) => (
                  <div key={level.id} className="rubric__level">
                    <dt>{level.name}</dt>
                    <dd>{question.lookFors[level.id]}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
