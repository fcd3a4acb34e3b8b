import { useTranslation } from 'react-i18next';
import { FormField } from '../../common/FormField.tsx';
import { newRowId, type TaskGroupRow } from './editor-state.ts';

interface TaskGroupsEditorProps {
  groups: TaskGroupRow[];
  onChange: (groups: TaskGroupRow[]) => void;
  fieldError: (field: string) => string | undefined;
}

/** "Nhiệm vụ, giải pháp": numbered groups, each a title and its tasks, one per line. */
export function TaskGroupsEditor({ groups, onChange, fieldError }: TaskGroupsEditorProps) {
  const { t } = useTranslation();
  const change = (rowId: string, patch: Partial<TaskGroupRow>) => onChange(groups.map((group) => (group.rowId === rowId ? { ...group, ...patch } : group)));
  return (
    <fieldset className="editor-section" data-field="content.taskGroups">
      <legend>{t('plans.editor.tasksSection')}</legend>
      {groups.map((group, index) => (
        <div key={group.rowId} className="editor-row" data-field={`content.taskGroups.${index}`}>
          <div className="editor-row-heading">
            <h3>{t('plans.editor.taskGroupRow', { number: index + 1 })}</h3>
            <button type="button" className="button button-small button-quiet" onClick={() => onChange(groups.filter((other) => other.rowId !== group.rowId))}>
              {t('plans.editor.remove')}<span className="visually-hidden"> {t('plans.editor.taskGroupRow', { number: index + 1 })}</span>
            </button>
          </div>
          <FormField label={t('plans.editor.fields.groupTitle')} error={fieldError(`content.taskGroups.${index}.title`)}>
            <input data-field={`content.taskGroups.${index}.title`} value={group.title} onChange={(event) => change(group.rowId, { title: event.target.value })} />
          </FormField>
          <FormField label={t('plans.editor.fields.tasks')} hint={t('plans.editor.onePerLine')} error={fieldError(`content.taskGroups.${index}.tasks`)}>
            <textarea data-field={`content.taskGroups.${index}.tasks`} rows={3} value={group.tasks} onChange={(event) => change(group.rowId, { tasks: event.target.value })} />
          </FormField>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...groups, { rowId: newRowId(), title: '', tasks: '' }])}>
        {t('plans.editor.addTaskGroup')}
      </button>
    </fieldset>
  );
}
