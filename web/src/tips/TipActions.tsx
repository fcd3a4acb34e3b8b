import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseVietnameseDate, todayInVietnam } from '../../../core/dates/format.ts';
import type { TipActionType } from '../../../core/tips/workflow.ts';
import { tipClassifications, tipOutcomes, type TipClassification, type TipOutcome } from '../../../core/tips/tip-kinds.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import type { PickedUnit } from '../users/UnitPicker.tsx';
import { PublicUnitPicker } from './PublicUnitPicker.tsx';
import { fetchAssignmentOptions, postTipAction, type Tip, type TipActionRequest } from './tips-api.ts';

interface TipActionsProps {
  tip: Tip;
  /** The tip as the server now has it, and what was done, in words. */
  onChanged: (tip: Tip, notice: string) => void;
  /** Loads the tip again (someone else changed it meanwhile). */
  onReload: () => void;
}

/**
 * The next steps of the workflow, only those the server says the user may take now; one form
 * open at a time. Each sends one action and the page shows the tip the server sends back.
 */
export function TipActions({ tip, onChanged, onReload }: TipActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TipActionType | null>(null);
  const actions = tip.availableActions;
  if (actions.length === 0) return null;
  const done = (next: Tip, type: TipActionType) => {
    setOpen(null);
    onChanged(next, t(`tips.actions.done.${type}`, { reference: next.reference }));
  };
  const formProps = { tip, onDone: done, onCancel: () => setOpen(null), onReload };
  return (
    <section className="tip-section tip-actions" aria-labelledby="tip-actions-heading">
      <h2 id="tip-actions-heading">{t('tips.actions.title')}</h2>
      <div className="form-actions tip-action-buttons">
        {actions.map((type) => (
          <button key={type} type="button" aria-expanded={open === type}
            className={open === type ? 'button button-primary' : 'button'} onClick={() => setOpen(open === type ? null : type)}>
            {t(`tips.action.${type}`)}
          </button>
        ))}
      </div>
      {open === 'classify' && <ClassifyForm key={tip.updatedAt} {...formProps} />}
      {open === 'assign' && <AssignForm key={tip.updatedAt} {...formProps} />}
      {open === 'start_verification' && <NoteForm key={tip.updatedAt} type="start_verification" {...formProps} />}
      {open === 'extend' && <ExtendForm key={tip.updatedAt} {...formProps} />}
      {open === 'resolve' && <ResolveForm key={tip.updatedAt} {...formProps} />}
      {open === 'transfer' && <TransferForm key={tip.updatedAt} {...formProps} />}
      {open === 'reopen' && <ReasonForm key={tip.updatedAt} type="reopen" {...formProps} />}
    </section>
  );
}

interface ActionFormProps {
  tip: Tip;
  onDone: (tip: Tip, type: TipActionType) => void;
  onCancel: () => void;
  onReload: () => void;
}

type LocalErrors = Partial<Record<string, string>>;

/** Sends one action; keeps the server's refusal (409) or field problems (400) for the form to show. */
function useAction({ tip, onDone }: ActionFormProps) {
  const [error, setError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const [isSending, setSending] = useState(false);
  const send = async (action: TipActionRequest, errors: LocalErrors = {}) => {
    setError(null);
    setLocalErrors(errors);
    if (Object.values(errors).some(Boolean)) return;
    setSending(true);
    try {
      const next = await postTipAction(tip.id, action);
      onDone(next, action.type);
    } catch (caught) {
      setError(caught);
      setSending(false);
    }
  };
  const fieldError = (field: string) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  return { error, isSending, send, fieldError };
}

/** The frame of every action form: its title, the server's refusal, its fields and its two buttons. */
function ActionFrame({ type, error, isSending, onSubmit, onCancel, onReload, children }: {
  type: TipActionType;
  error: unknown;
  isSending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  onReload: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const title = t(`tips.action.${type}`);
  // A refusal of the order of steps or a concurrent change both mean the page is out of date.
  const isStale = error instanceof ApiError && error.status === 409;
  return (
    <form className="panel-form tip-action-form" aria-label={title} noValidate
      onSubmit={(event: FormEvent) => { event.preventDefault(); onSubmit(); }}>
      <h3>{title}</h3>
      <ErrorMessage error={error} />
      {isStale && (
        <p><button type="button" className="button" onClick={onReload}>{t('tips.actions.reload')}</button></p>
      )}
      {children}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSending}>{t(`tips.actions.submit.${type}`)}</button>
        <button type="button" className="button button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function NoteField({ value, onChange, error, label }: { value: string; onChange: (value: string) => void; error?: string | undefined; label?: string }) {
  const { t } = useTranslation();
  return (
    <FormField label={label ?? t('tips.actions.note')} error={error}>
      <textarea value={value} rows={3} maxLength={2000} onChange={(event) => onChange(event.target.value)} />
    </FormField>
  );
}

function ClassifyForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const { tip } = props;
  const [classification, setClassification] = useState<TipClassification | ''>(tip.classification ?? '');
  const [remoteArea, setRemoteArea] = useState(tip.remoteArea);
  const [note, setNote] = useState('');
  const action = useAction(props);
  const submit = () => {
    if (!classification) {
      void action.send({ type: 'classify', classification: 'criminal_tip', remoteArea, note: null }, { classification: t('tips.actions.required') });
      return;
    }
    void action.send({ type: 'classify', classification, remoteArea, note: orNull(note) });
  };
  return (
    <ActionFrame type="classify" error={action.error} isSending={action.isSending} onSubmit={submit} onCancel={props.onCancel} onReload={props.onReload}>
      <p className="muted small">{t('tips.actions.classifyHint')}</p>
      <FormField label={t('tips.field.classification')} error={action.fieldError('classification')}>
        <select value={classification} onChange={(event) => setClassification(event.target.value as TipClassification)}>
          <option value="">{t('common.choose')}</option>
          {tipClassifications.map((candidate) => <option key={candidate} value={candidate}>{t(`tips.classification.${candidate}`)}</option>)}
        </select>
      </FormField>
      <label className="checkbox">
        <input type="checkbox" checked={remoteArea} onChange={(event) => setRemoteArea(event.target.checked)} />
        {t('tips.field.remoteArea')}
      </label>
      <NoteField value={note} onChange={setNote} error={action.fieldError('note')} />
    </ActionFrame>
  );
}

function AssignForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const { tip } = props;
  const options = useApi(`tip-assignment-options:${tip.id}`, (signal) => fetchAssignmentOptions(tip.id, signal));
  const [agencyId, setAgencyId] = useState(tip.assignedAgencyId ?? '');
  const [assigneeUserId, setAssigneeUserId] = useState(tip.assigneeUserId ?? '');
  const [note, setNote] = useState('');
  const action = useAction(props);
  const submit = () => {
    void action.send({ type: 'assign', agencyId, assigneeUserId: assigneeUserId || null, note: orNull(note) },
      { agencyId: agencyId ? undefined : t('tips.actions.required') });
  };
  return (
    <ActionFrame type="assign" error={action.error} isSending={action.isSending} onSubmit={submit} onCancel={props.onCancel} onReload={props.onReload}>
      {options.isLoading && <Loading />}
      <ErrorMessage error={options.error} onRetry={options.reload} />
      {options.data && (
        <div className="form-columns">
          <FormField label={t('tips.field.agency')} error={action.fieldError('agencyId')}
            hint={options.data.agencies.length === 0 ? t('tips.actions.noAgencies') : undefined}>
            <select value={agencyId} onChange={(event) => setAgencyId(event.target.value)}>
              <option value="">{t('common.choose')}</option>
              {options.data.agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>{agency.unitName === tip.unitName ? agency.name : `${agency.name} (${agency.unitName})`}</option>
              ))}
            </select>
          </FormField>
          <FormField label={t('tips.field.assignee')} hint={t('tips.actions.assigneeHint')} error={action.fieldError('assigneeUserId')}>
            <select value={assigneeUserId} onChange={(event) => setAssigneeUserId(event.target.value)}>
              <option value="">{t('tips.actions.noAssignee')}</option>
              {options.data.users.map((user) => <option key={user.id} value={user.id}>{user.displayName}</option>)}
            </select>
          </FormField>
        </div>
      )}
      <NoteField value={note} onChange={setNote} error={action.fieldError('note')} />
    </ActionFrame>
  );
}

/** An action that takes only an optional note: starting the verification. */
function NoteForm({ type, ...props }: ActionFormProps & { type: 'start_verification' }) {
  const [note, setNote] = useState('');
  const action = useAction(props);
  return (
    <ActionFrame type={type} error={action.error} isSending={action.isSending} onCancel={props.onCancel} onReload={props.onReload}
      onSubmit={() => void action.send({ type, note: orNull(note) })}>
      <NoteField value={note} onChange={setNote} error={action.fieldError('note')} />
    </ActionFrame>
  );
}

/** An action that needs a reason: reopening a resolved tip. */
function ReasonForm({ type, ...props }: ActionFormProps & { type: 'reopen' }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const action = useAction(props);
  return (
    <ActionFrame type={type} error={action.error} isSending={action.isSending} onCancel={props.onCancel} onReload={props.onReload}
      onSubmit={() => void action.send({ type, reason: reason.trim() }, { reason: reason.trim() ? undefined : t('tips.actions.required') })}>
      <NoteField label={t('tips.actions.reason')} value={reason} onChange={setReason} error={action.fieldError('reason')} />
    </ActionFrame>
  );
}

function ExtendForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const [decisionReference, setDecisionReference] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction(props);
  const required = t('tips.actions.required');
  const submit = () => void action.send({ type: 'extend', decisionReference: decisionReference.trim(), reason: reason.trim() }, {
    decisionReference: decisionReference.trim() ? undefined : required,
    reason: reason.trim() ? undefined : required,
  });
  return (
    <ActionFrame type="extend" error={action.error} isSending={action.isSending} onSubmit={submit} onCancel={props.onCancel} onReload={props.onReload}>
      <p className="muted small">{t('tips.actions.extendHint', { count: props.tip.extensionsLeft, date: formatDate(props.tip.dueOn) })}</p>
      <FormField label={t('tips.field.decisionReference')} hint={t('tips.actions.decisionReferenceHint')} error={action.fieldError('decisionReference')}>
        <input value={decisionReference} maxLength={200} onChange={(event) => setDecisionReference(event.target.value)} />
      </FormField>
      <NoteField label={t('tips.actions.reason')} value={reason} onChange={setReason} error={action.fieldError('reason')} />
    </ActionFrame>
  );
}

function ResolveForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const [substantiated, setSubstantiated] = useState<'yes' | 'no' | ''>('');
  const [outcome, setOutcome] = useState<TipOutcome | ''>('');
  const [resolvedOnText, setResolvedOnText] = useState(() => formatDate(todayInVietnam()));
  const [note, setNote] = useState('');
  const action = useAction(props);
  const required = t('tips.actions.required');
  const submit = () => {
    const resolvedOn = parseVietnameseDate(resolvedOnText);
    const errors = {
      substantiated: substantiated ? undefined : required,
      outcome: outcome ? undefined : required,
      resolvedOn: resolvedOn ? undefined : t('tips.actions.dateInvalid'),
      note: note.trim() ? undefined : required,
    };
    void action.send({
      type: 'resolve', substantiated: substantiated === 'yes', outcome: outcome || 'no_basis', resolvedOn: resolvedOn ?? '', note: note.trim(),
    }, errors);
  };
  return (
    <ActionFrame type="resolve" error={action.error} isSending={action.isSending} onSubmit={submit} onCancel={props.onCancel} onReload={props.onReload}>
      <fieldset className="choice-field" aria-describedby={action.fieldError('substantiated') ? 'tip-substantiated-error' : undefined}>
        <legend>{t('tips.field.substantiated')}</legend>
        <label><input type="radio" name="substantiated" checked={substantiated === 'yes'} onChange={() => setSubstantiated('yes')} />{t('tips.substantiated.yes')}</label>
        <label><input type="radio" name="substantiated" checked={substantiated === 'no'} onChange={() => setSubstantiated('no')} />{t('tips.substantiated.no')}</label>
        {action.fieldError('substantiated') && <small id="tip-substantiated-error" className="field-error">{action.fieldError('substantiated')}</small>}
      </fieldset>
      <div className="form-columns">
        <FormField label={t('tips.field.outcome')} error={action.fieldError('outcome')}>
          <select value={outcome} onChange={(event) => setOutcome(event.target.value as TipOutcome)}>
            <option value="">{t('common.choose')}</option>
            {tipOutcomes.map((candidate) => <option key={candidate} value={candidate}>{t(`tips.outcome.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('tips.field.resolvedOn')} hint={t('tips.intake.dateHint')} error={action.fieldError('resolvedOn')}>
          <input value={resolvedOnText} inputMode="numeric" size={12} onChange={(event) => setResolvedOnText(event.target.value)} />
        </FormField>
      </div>
      <NoteField label={t('tips.actions.resolveNote')} value={note} onChange={setNote} error={action.fieldError('note')} />
    </ActionFrame>
  );
}

function TransferForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [reason, setReason] = useState('');
  const action = useAction(props);
  const required = t('tips.actions.required');
  const submit = () => void action.send({ type: 'transfer', toUnitId: unit?.id ?? '', reason: reason.trim() }, {
    toUnitId: unit ? undefined : required,
    reason: reason.trim() ? undefined : required,
  });
  return (
    <ActionFrame type="transfer" error={action.error} isSending={action.isSending} onSubmit={submit} onCancel={props.onCancel} onReload={props.onReload}>
      <p className="muted small">{t('tips.actions.transferHint')}</p>
      <FormField label={t('tips.field.toUnit')} hint={t('tips.actions.toUnitHint')} error={action.fieldError('toUnitId')}>
        <PublicUnitPicker value={unit} onChange={setUnit} />
      </FormField>
      <NoteField label={t('tips.actions.reason')} value={reason} onChange={setReason} error={action.fieldError('reason')} />
    </ActionFrame>
  );
}
