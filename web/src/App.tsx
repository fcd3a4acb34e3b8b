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
const ImportPage = lazy(() => import('./records/imports/ImportPage.tsx').then((module) => ({ default: module.ImportPage })));
const InspectionsPage = lazy(() => import('./records/inspections/InspectionsPage.tsx').then((module) => ({ default: module.InspectionsPage })));
const InspectionFormPage = lazy(() => import('./records/inspections/InspectionForm.tsx').then((module) => ({ default: module.InspectionFormPage })));
const InspectionPlansPage = lazy(() => import('./records/inspection-plans/InspectionPlansPage.tsx').then((module) => ({ default: module.InspectionPlansPage })));
const InspectionPlanPage = lazy(() => import('./records/inspection-plans/InspectionPlanPage.tsx').then((module) => ({ default: module.InspectionPlanPage })));
const InspectionPlanFormPage = lazy(() => import('./records/inspection-plans/InspectionPlanForm.tsx').then((module) => ({ default: module.InspectionPlanFormPage })));
const HotspotsPage = lazy(() => import('./records/hotspots/HotspotsPage.tsx').then((module) => ({ default: module.HotspotsPage })));
const HotspotFormPage = lazy(() => import('./records/hotspots/HotspotForm.tsx').then((module) => ({ default: module.HotspotFormPage })));
const CommunicationActivitiesPage = lazy(() => import('./records/communication/CommunicationActivitiesPage.tsx').then((module) => ({ default: module.CommunicationActivitiesPage })));
const CommunicationActivityFormPage = lazy(() => import('./records/communication/CommunicationActivityForm.tsx').then((module) => ({ default: module.CommunicationActivityFormPage })));
const TrainingCoursesPage = lazy(() => import('./records/training/TrainingCoursesPage.tsx').then((module) => ({ default: module.TrainingCoursesPage })));
const TrainingCourseFormPage = lazy(() => import('./records/training/TrainingCourseForm.tsx').then((module) => ({ default: module.TrainingCourseFormPage })));
const IntegrationsPage = lazy(() => import('./records/integrations/IntegrationsPage.tsx').then((module) => ({ default: module.IntegrationsPage })));
const IntegrationFormPage = lazy(() => import('./records/integrations/IntegrationForm.tsx').then((module) => ({ default: module.IntegrationFormPage })));
const ModelsPage = lazy(() => import('./records/models/ModelsPage.tsx').then((module) => ({ default: module.ModelsPage })));
const ModelFormPage = lazy(() => import('./records/models/ModelForm.tsx').then((module) => ({ default: module.ModelFormPage })));

const SupportStatisticsPage = lazy(() => import('./records/support/SupportStatisticsPage.tsx').then((module) => ({ default: module.SupportStatisticsPage })));
const SupportStatisticsFormPage = lazy(() => import('./records/support/SupportStatisticsForm.tsx').then((module) => ({ default: module.SupportStatisticsFormPage })));
const CrimeStatisticsPage = lazy(() => import('./records/crime/CrimeStatisticsPage.tsx').then((module) => ({ default: module.CrimeStatisticsPage })));
const CrimeStatisticsFormPage = lazy(() => import('./records/crime/CrimeStatisticsForm.tsx').then((module) => ({ default: module.CrimeStatisticsFormPage })));

const TipsQueuePage = lazy(() => import('./tips/TipsQueuePage.tsx').then((module) => ({ default: module.TipsQueuePage })));
const TipIntakePage = lazy(() => import('./tips/TipIntakePage.tsx').then((module) => ({ default: module.TipIntakePage })));
const TipPage = lazy(() => import('./tips/TipPage.tsx').then((module) => ({ default: module.TipPage })));

const ReportsPage = lazy(() => import('./reports/ReportsPage.tsx').then((module) => ({ default: module.ReportsPage })));
const ReportPage = lazy(() => import('./reports/ReportPage.tsx').then((module) => ({ default: module.ReportPage })));
const CompletenessBoardPage = lazy(() => import('./reports/CompletenessBoardPage.tsx').then((module) => ({ default: module.CompletenessBoardPage })));

// The public reporting pages (no sign-in) load on their own, without the staff pages.
const PublicTipPage = lazy(() => import('./public-tips/PublicTipPage.tsx').then((module) => ({ default: module.PublicTipPage })));
const PublicTipStatusPage = lazy(() => import('./public-tips/PublicTipStatusPage.tsx').then((module) => ({ default: module.PublicTipStatusPage })));

const loading = (page: ReactNode) => <Suspense fallback={<section className="page"><Loading /></section>}>{page}</Suspense>;

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        {/* The public tip pages ask for no session: a citizen's browser never calls the sign-in API. */}
        <Route path="/bao-tin" element={loading(<PublicTipPage />)} />
        <Route path="/bao-tin/tra-cuu" element={loading(<PublicTipStatusPage />)} />
        <Route path="*" element={<SessionProvider><StaffRoutes /></SessionProvider>} />
      </Routes>
    </BrowserRouter>
  );
}

function StaffRoutes() {
  return (
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
          <Route path="inspections/import" element={<RequirePermission permission="enforcement.write">{loading(<ImportPage kind="inspections" listPath="/activities/inspections" />)}</RequirePermission>} />
          <Route path="hotspots/import" element={<RequirePermission permission="enforcement.write">{loading(<ImportPage kind="hotspots" listPath="/activities/hotspots" />)}</RequirePermission>} />
          <Route path="communication/import" element={<RequirePermission permission="activity.write">{loading(<ImportPage kind="communication-activities" listPath="/activities/communication" />)}</RequirePermission>} />
          <Route path="training/import" element={<RequirePermission permission="activity.write">{loading(<ImportPage kind="training-courses" listPath="/activities/training" />)}</RequirePermission>} />
          <Route path="integrations/import" element={<RequirePermission permission="activity.write">{loading(<ImportPage kind="programme-integrations" listPath="/activities/integrations" />)}</RequirePermission>} />
          <Route path="models/import" element={<RequirePermission permission="support.write">{loading(<ImportPage kind="harm-reduction-models" listPath="/activities/models" />)}</RequirePermission>} />
          <Route path="support/import" element={<RequirePermission permission="support.write">{loading(<ImportPage kind="support-statistics" listPath="/activities/support" />)}</RequirePermission>} />
          <Route path="crime/import" element={<RequirePermission permission="enforcement.write">{loading(<ImportPage kind="crime-statistics" listPath="/activities/crime" />)}</RequirePermission>} />
          <Route path="establishments/import" element={<RequirePermission permission="enforcement.write">{loading(<ImportPage kind="establishments" listPath="/activities/establishments" />)}</RequirePermission>} />
          <Route path="inspections" element={<RequirePermission permission="enforcement.read">{loading(<InspectionsPage />)}</RequirePermission>} />
          <Route path="inspections/new" element={<RequirePermission permission="enforcement.write">{loading(<InspectionFormPage />)}</RequirePermission>} />
          <Route path="inspections/:id/edit" element={<RequirePermission permission="enforcement.write">{loading(<InspectionFormPage />)}</RequirePermission>} />
          <Route path="inspection-plans" element={<RequirePermission permission="enforcement.read">{loading(<InspectionPlansPage />)}</RequirePermission>} />
          <Route path="inspection-plans/new" element={<RequirePermission permission="enforcement.write">{loading(<InspectionPlanFormPage />)}</RequirePermission>} />
          <Route path="inspection-plans/:id" element={<RequirePermission permission="enforcement.read">{loading(<InspectionPlanPage />)}</RequirePermission>} />
          <Route path="inspection-plans/:id/edit" element={<RequirePermission permission="enforcement.write">{loading(<InspectionPlanFormPage />)}</RequirePermission>} />
          <Route path="hotspots" element={<RequirePermission permission="enforcement.read">{loading(<HotspotsPage />)}</RequirePermission>} />
          <Route path="hotspots/new" element={<RequirePermission permission="enforcement.write">{loading(<HotspotFormPage />)}</RequirePermission>} />
          <Route path="hotspots/:id/edit" element={<RequirePermission permission="enforcement.write">{loading(<HotspotFormPage />)}</RequirePermission>} />
          {/* Communication and training are read by anyone whose scope holds the unit. */}
          <Route path="communication" element={loading(<CommunicationActivitiesPage />)} />
          <Route path="communication/new" element={<RequirePermission permission="activity.write">{loading(<CommunicationActivityFormPage />)}</RequirePermission>} />
          <Route path="communication/:id/edit" element={<RequirePermission permission="activity.write">{loading(<CommunicationActivityFormPage />)}</RequirePermission>} />
          <Route path="training" element={loading(<TrainingCoursesPage />)} />
          <Route path="training/new" element={<RequirePermission permission="activity.write">{loading(<TrainingCourseFormPage />)}</RequirePermission>} />
          <Route path="training/:id/edit" element={<RequirePermission permission="activity.write">{loading(<TrainingCourseFormPage />)}</RequirePermission>} />
          <Route path="integrations" element={loading(<IntegrationsPage />)} />
          <Route path="integrations/new" element={<RequirePermission permission="activity.write">{loading(<IntegrationFormPage />)}</RequirePermission>} />
          <Route path="integrations/:id/edit" element={<RequirePermission permission="activity.write">{loading(<IntegrationFormPage />)}</RequirePermission>} />
          <Route path="models" element={loading(<ModelsPage />)} />
          <Route path="models/new" element={<RequirePermission permission="support.write">{loading(<ModelFormPage />)}</RequirePermission>} />
          <Route path="models/:id/edit" element={<RequirePermission permission="support.write">{loading(<ModelFormPage />)}</RequirePermission>} />
          <Route path="support" element={<RequirePermission permission="support.read">{loading(<SupportStatisticsPage />)}</RequirePermission>} />
          <Route path="support/new" element={<RequirePermission permission="support.write">{loading(<SupportStatisticsFormPage />)}</RequirePermission>} />
          <Route path="support/:id/edit" element={<RequirePermission permission="support.write">{loading(<SupportStatisticsFormPage />)}</RequirePermission>} />
          <Route path="crime" element={<RequirePermission permission="enforcement.read">{loading(<CrimeStatisticsPage />)}</RequirePermission>} />
          <Route path="crime/new" element={<RequirePermission permission="enforcement.write">{loading(<CrimeStatisticsFormPage />)}</RequirePermission>} />
          <Route path="crime/:id/edit" element={<RequirePermission permission="enforcement.write">{loading(<CrimeStatisticsFormPage />)}</RequirePermission>} />
        </Route>
        <Route path="tips" element={<RequirePermission permission="tip.read">{loading(<TipsQueuePage />)}</RequirePermission>} />
        <Route path="tips/new" element={<RequirePermission permission="tip.write">{loading(<TipIntakePage />)}</RequirePermission>} />
        <Route path="tips/:id" element={<RequirePermission permission="tip.read">{loading(<TipPage />)}</RequirePermission>} />
        {/* Reports are read by anyone whose scope holds the unit; the server decides what each may do. */}
        <Route path="reports" element={loading(<ReportsPage />)} />
        <Route path="reports/requests/:id" element={loading(<CompletenessBoardPage />)} />
        <Route path="reports/:id" element={loading(<ReportPage />)} />
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
  );
}
