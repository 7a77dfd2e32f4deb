// The workflows the worker registers. The worker loads this file by path (see
// apps/worker/src/workflow-bundle.ts) and bundles it into Temporal's deterministic sandbox, so
// everything imported from here must be deterministic: @temporalio/workflow, libs/domain, and
// activity *types* only. Earlier releases' code lives in ./releases and is reached through the
// current workflows (they dispatch on a patch), never registered under names of its own.
export { jointApplication } from './joint-application.workflow';
export { utilityConnection } from './utility-connection.workflow';
export {
  breachReview,
  calendarPublication,
  catalogPublication,
  personalDataErasure,
  riskZonesPublication,
  accountsImport,
  accountsImportInBatches,
  reliabilityPlanSetting,
  reliabilityAssessment,
  monthlyReport,
  monthlyReportCorrection,
} from './admin.workflows';
export { serviceInterruption } from './interruption.workflow';
export { tariffNotice } from './tariff-notice.workflow';
export { complaint } from './complaint.workflow';
export { consultation } from './consultation.workflow';
export { rating } from './rating.workflow';
export { whatIfReplay } from './what-if.workflow';
