import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { fetchHealth } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useSession } from './session-context.ts';

interface SignInLocationState {
  from?: string;
  reason?: 'expired' | 'signed-out';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { session, signIn } = useSession();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInLocationState;
  const health = useApi('health', fetchHealth);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed-in') {
    const target = state.from && state.from !== '/sign-in' ? state.from : '/';
    return <Navigate to={target} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn({ username: username.trim(), password });
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="sign-in-page">
      <header className="sign-in-header">
        <LanguageSwitch />
      </header>
      <main className="sign-in-card">
        <p className="product-name">{t('app.productName')}</p>
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {state.reason === 'expired' && <p className="notice notice-info">{t('signIn.expired')}</p>}
        {state.reason === 'signed-out' && <p className="notice notice-info" role="status">{t('signIn.signedOut')}</p>}
        <form onSubmit={submit} noValidate>
          <FormField label={t('signIn.username')} error={fieldError('username')}>
            <input
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </FormField>
          <FormField label={t('signIn.password')} error={fieldError('password')}>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </FormField>
          <ErrorMessage error={error} />
          <button type="submit" className="button button-primary button-wide" disabled={isSubmitting}>
            {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
        {health.data?.demo && <p className="notice notice-info demo-hint">{t('signIn.demoHint')}</p>}
        <p className="small"><Link to="/bao-tin">{t('public-tips.signInLink')}</Link></p>
      </main>
    </div>
  );
}
