import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuditPage } from './audit/AuditPage.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { SessionProvider } from './auth/SessionProvider.tsx';
import { SignInPage } from './auth/SignInPage.tsx';
import { AppShell } from './layout/AppShell.tsx';
import { modules } from './layout/modules.ts';
import { OverviewPage } from './layout/OverviewPage.tsx';
import { RequirePermission } from './layout/RequirePermission.tsx';
import { UnderConstructionPage } from './layout/UnderConstructionPage.tsx';
import { UnitsPage } from './units/UnitsPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route element={<RequireSession><AppShell /></RequireSession>}>
            <Route index element={<OverviewPage />} />
            <Route path="units" element={<UnitsPage />} />
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
