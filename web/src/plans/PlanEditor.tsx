import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, type FieldDetail } from '../api/client.ts';
import { createPlan, fetchPlan, updatePlan, type PlanDetail } from '../api/plans.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage, Loading, useErrorText } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { AssignmentsEditor } from './editor/AssignmentsEditor.tsx';
import { describeField, emptyForm, messagesFor, toContent, toForm, type PlanForm } from './editor/editor-state.ts';
import { BudgetNotesField, HeaderFields } from './editor/HeaderFields.tsx';
import { ReportingEditor } from './editor/ReportingEditor.tsx';
import { TargetsEditor } from './editor/TargetsEditor.tsx';
import { TaskGroupsEditor } from './editor/TaskGroupsEditor.tsx';

/** /plans/new and /plans/:id/edit: the whole plan on one page, saved as a draft. */
export function PlanEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const plan = useApi(id ? `plan:${id}` : null, (signal) => fetchPlan(id!, signal));
  if (!id) return <PlanEditor plan={null} />;
  if (plan.isLoading) return <section className="page"><Loading /></section>;
  if (plan.error || !plan.data) return <section className="page"><ErrorMessage error={plan.error} onRetry={plan.reload} /></section>;
  if (plan.data.status !== 'draft') {
    return (
      <section className="page">
        <p className="notice notice-error" role="alert">{t('plans.editor.notDraft')}</p>
        <Link to={`/plans/${plan.data.id}`}>{t('plans.editor.backToPlan')}</Link>
      </section>
    );
  }
  return <PlanEditor key={plan.data.id} plan={plan.data} />;
}

/** Takes the user to the control of a field, or of the nearest enclosing part the form shows ('content.targets.2'). */
function focusField(field: string) {
  for (let parts = field.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const holder = document.querySelector<HTMLElement>(`[data-field="${parts.join('.')}"]`);
    if (!holder) continue;
    const control = holder.matches('input, select, textarea') ? holder : holder.querySelector<HTMLElement>('input, select, textarea');
    holder.scrollIntoView({ block: 'center' });
    control?.focus();
    return;
  }
}

function PlanEditor({ plan }: { plan: PlanDetail | null }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [form, setForm] = useState<PlanForm>(() => plan
    ? toForm(plan.content, { id: plan.issuerUnitId, name: plan.issuerName }, plan.parents.map((parent) => parent.id))
    : emptyForm(user.unit ? { id: user.unit.id, name: user.unit.name } : null));
  const [details, setDetails] = useState<FieldDetail[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errorText = useErrorText();

  const update = (patch: Partial<PlanForm>) => setForm((previous) => ({ ...previous, ...patch }));
  const fieldError = (field: string) => messagesFor(details, field);

  function showProblems(problems: FieldDetail[], failure: unknown) {
    setDetails(problems);
    setError(failure);
    window.setTimeout(() => summaryRef.current?.focus(), 0);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const { content, problems } = toContent(form, {
      notANumber: t('plans.editor.notANumber'), badDayMonth: t('plans.editor.badDayMonth'), chooseIndicator: t('plans.editor.chooseIndicator'),
    });
    if (problems.length > 0) return showProblems(problems, null);
    setSaving(true);
    setDetails([]);
    setError(null);
    try {
      const input = { content, parentPlanIds: form.parentPlanIds };
      const saved = plan ? await updatePlan(plan.id, input) : await createPlan(input);
      void navigate(`/plans/${saved.id}`);
    } catch (caught) {
      setSaving(false);
      showProblems(caught instanceof ApiError ? caught.details : [], caught);
    }
  }

  return (
    <section className="page plan-editor">
      <p className="breadcrumb">
        <Link to="/plans">{t('plans.title')}</Link> ›{' '}
        {plan && <><Link to={`/plans/${plan.id}`}>{plan.title}</Link> ›</>}
      </p>
      <h1>{plan ? t('plans.editor.editTitle') : t('plans.editor.newTitle')}</h1>
      <div ref={summaryRef} tabIndex={-1} className="editor-summary">
        {(details.length > 0 || error !== null) && (
          <div className="notice notice-error" role="alert">
            <div>
              <p className="notice-title">{error ? errorText(error) : t('plans.editor.fixProblems')}</p>
              {details.length > 0 && (
                <ul className="plain-list">
                  {details.map((detail, index) => (
                    <li key={index}>
                      <button type="button" className="link-button" onClick={() => focusField(detail.field)}>{describeField(detail.field, t)}</button>: {detail.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </div>
      <form onSubmit={save} noValidate>
        <HeaderFields form={form} update={update} fieldError={fieldError} />
        <TargetsEditor form={form} onChange={(targets) => update({ targets })} fieldError={fieldError} details={details} />
        <TaskGroupsEditor groups={form.taskGroups} onChange={(taskGroups) => update({ taskGroups })} fieldError={fieldError} />
        <BudgetNotesField form={form} update={update} fieldError={fieldError} />
        <AssignmentsEditor unitId={form.issuer?.id ?? null} rows={form.assignments} onChange={(assignments) => update({ assignments })} fieldError={fieldError} />
        <ReportingEditor form={form} update={update} fieldError={fieldError} />
        <div className="form-actions editor-actions">
          <button type="submit" className="button button-primary" disabled={isSaving}>
            {isSaving ? t('plans.editor.saving') : t('plans.editor.save')}
          </button>
          <Link to={plan ? `/plans/${plan.id}` : '/plans'} className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
