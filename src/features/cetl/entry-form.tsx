import { useState } from 'react';
import type { PdAction } from '../../domain/assessment/assessment.ts';
import type { CetlCategoryId, CetlEntry } from '../../domain/cetl/cetl.ts';
import { CETL_CATEGORIES, cetlCategory } from '../../domain/cetl/cetl.ts';
import { MAX_ENTRY_HOURS } from '../../domain/cetl/cetl-records.ts';
import type { SkillArea } from '../../domain/framework/framework.ts';
import { newId } from '../../lib/new-id.ts';

interface EntryFormProps {
  today: string;
  assessmentId?: string;
  actions: PdAction[];
  areas: SkillArea[];
  onAdd: (entry: CetlEntry) => void;
}

/** One continuing-education activity: what, when, how much, and the plan action and gap it serves. */
export function EntryForm({ today, assessmentId, actions, areas, onAdd }: EntryFormProps) {
  const [categoryId, setCategoryId] = useState<CetlCategoryId>('teaching');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [quantity, setQuantity] = useState('');
  const [actionId, setActionId] = useState('');
  const [areaId, setAreaId] = useState('');
  const [problem, setProblem] = useState<string>();
  const category = cetlCategory(categoryId);

  const add = () => {
    const amount = Number(quantity);
    if (!title.trim()) return setProblem('Say what the activity was.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem('Give the date the activity was done.');
    if (!Number.isFinite(amount) || amount <= 0 || amount > MAX_ENTRY_HOURS) return setProblem(`${category.quantityLabel}: a number above 0 and at most ${MAX_ENTRY_HOURS}.`);
    setProblem(undefined);
    const action = actions.find((a) => a.id === actionId);
    onAdd({
      id: newId(),
      date,
      categoryId,
      title: title.trim(),
      quantity: amount,
      ...(action && assessmentId ? { assessmentId, planActionId: action.id } : {}),
      ...(areaId ? { skillAreaId: areaId } : (action?.skillAreaIds[0] ? { skillAreaId: action.skillAreaIds[0] } : {})),
    });
    setTitle('');
    setQuantity('');
  };

  return (
    <form
      className="card no-print"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <h2>Log an activity</h2>
      <div className="field">
        <label htmlFor="cetl-category">Category</label>
        <select id="cetl-category" value={categoryId} onChange={(event) => setCategoryId(event.target.value as CetlCategoryId)} aria-describedby="cetl-rule">
          {CETL_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <p id="cetl-rule" className="field__hint">
          {category.ruleText}
        </p>
      </div>
      <div className="field">
        <label htmlFor="cetl-title">Activity</label>
        <input id="cetl-title" value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="cetl-date">Date</label>
          <input id="cetl-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cetl-quantity">{category.quantityLabel}</label>
          <input id="cetl-quantity" inputMode="decimal" value={quantity} onChange={(event) => setQuantity(event.target.value)} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="cetl-action">Plan action it carries out (optional)</label>
          <select id="cetl-action" value={actionId} onChange={(event) => setActionId(event.target.value)}>
            <option value="">None</option>
            {actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cetl-area">Skill area (gap) it serves (optional)</label>
          <select id="cetl-area" value={areaId} onChange={(event) => setAreaId(event.target.value)}>
            <option value="">{actionId ? 'The plan action’s area' : 'None'}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.code}. {area.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary">
        Add to the log
      </button>
    </form>
  );
}
