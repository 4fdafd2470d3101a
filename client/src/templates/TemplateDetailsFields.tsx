import { HABIT_LIST } from '@causeway/templates'
import { t } from '../i18n'
import './messages'

export interface DetailsDraft {
  ages: string
  facilitatorNotes: string
  habits: string[]
}

/**
 * What the gallery card shows besides title and description: age range, facilitator notes and
 * the Habits of a Systems Thinker practised (the same strings built-in templates cite, so
 * cards read alike). Limits match validateTemplate's.
 */
export function TemplateDetailsFields({ value, onChange }: { value: DetailsDraft; onChange: (v: DetailsDraft) => void }) {
  const toggle = (habit: string, on: boolean) =>
    // Kept in HABIT_LIST order whatever order they were ticked in.
    onChange({ ...value, habits: HABIT_LIST.filter((h) => (h === habit ? on : value.habits.includes(h))) })
  return (
    <>
      <label htmlFor="template-save-ages">{t('templates.saveAges')}</label>
      <input id="template-save-ages" maxLength={100} value={value.ages} onChange={(e) => onChange({ ...value, ages: e.target.value })} />
      <label htmlFor="template-save-notes">{t('templates.saveNotes')}</label>
      <textarea
        id="template-save-notes"
        maxLength={5000}
        rows={4}
        value={value.facilitatorNotes}
        onChange={(e) => onChange({ ...value, facilitatorNotes: e.target.value })}
      />
      <fieldset className="template-save-habits">
        <legend>{t('templates.saveHabits')}</legend>
        {HABIT_LIST.map((habit) => (
          <label key={habit}>
            <input type="checkbox" checked={value.habits.includes(habit)} onChange={(e) => toggle(habit, e.target.checked)} />
            {habit}
          </label>
        ))}
      </fieldset>
    </>
  )
}
