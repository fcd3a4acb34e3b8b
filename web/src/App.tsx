import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuditPage } from './audit/AuditPage.tsx';
import { Loading } from './common/ErrorMessage.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { SessionProvider } from './auth/SessionProvider.tsx';
import { SignInPage } from './auth/SignInPage.tsx';
import { AppShell } from './layout/AppShell.tsx';
import { modules } from './layout/modules.ts';
import { OverviewPage } from './layout/OverviewPage.tsx';
import { RecordsIndex, RecordsLayout } from './records/RecordsLayout.tsx';
import { RequirePermission } from './layout/RequirePermission.tsx';
import { UnderConstructionPage } from './layout/UnderConstructionPage.tsx';
import { UnitsPage } from './units/UnitsPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';

// The plans module is the largest part of the UI: it loads when first opened, not with the sign-in page.
const PlansPage = lazy(() => import('./plans/PlansPage.tsx').then((module) => ({ default: module.PlansPage })));
const PlanPage = lazy(() => import('./plans/PlanPage.tsx').then((module) => ({ default: module.PlanPage })));
const PlanEditorPage = lazy(() => import('./plans/PlanEditor.tsx').then((module) => ({ default: module.PlanEditorPage })));

const EstablishmentsPage = lazy(() => import('./records/EstablishmentsPage.tsx').then((module) => ({ default: module.EstablishmentsPage })));
const EstablishmentFormPage = lazy(() => import('./records/EstablishmentForm.tsx').then((module) => ({ default: module.EstablishmentFormPage })));

const loading = (page: ReactNode) => <Suspense fallback={<section className="page"><Loading /></section>}>{page}</Suspense>;

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route element={<RequireSession><AppShell /></RequireSession>}>
            <Route index element={<OverviewPage />} />
            <Route path="units" element={<UnitsPage />} />
            <Route path="plans" element={loading(<PlansPage />)} />
            <Route path="plans/new" element={<RequirePermission permission="plan.write">{loading(<PlanEditorPage />)}</RequirePermission>} />
            <Route path="plans/:id" element={loading(<PlanPage />)} />
            <Route path="plans/:id/edit" element={<RequirePermission permission="plan.write">{loading(<PlanEditorPage />)}</RequirePermission>} />
            <Route path="activities" element={<RecordsLayout />}>
              <Route index element={<RecordsIndex />} />
              <Route path="establishments" element={<RequirePermission permission="enforcement.read">{loading(<EstablishmentsPage />)}</RequirePermission>} />
              <Route path="establishments/new" element={<RequirePermission permission="enforcement.write">{loading(<EstablishmentFormPage />)}</RequirePermission>} />
              <Route path="establishments/:id/edit" element={<RequirePermission permission="enforcement.write">{loading(<EstablishmentFormPage />)}</RequirePermission>} />
            </Route>
            <Route path="users" element={<RequirePermission permission="user.read"><UsersPage /></RequirePermission>} />
            <Route path="audit" element={<RequirePermission permission="audit.read"><AuditPage /></RequirePermission>} />
            {modules
              .filter((entry) => !entry.isBuilt)
              .map((entry) => (
                <Route key={entry.path} path={entry.path.slice(1)} element={<UnderConstructionPage labelKey={entry.labelKey} />} />
              ))}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
