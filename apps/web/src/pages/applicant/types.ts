/** What the applicant's pages read of an application (GET /applications/:id, the owner's view). */
export interface StageView {
  track: string;
  stage: string;
  status: string;
  slaState: string;
  dueAt: string;
  pauses: { reason: string; from: string; to: string | null }[];
  completedAt: string | null;
}

export interface ServiceView {
  utility: string;
  providerId: string;
  phase: string;
  permitStatus: string | null;
  accountId: string | null;
  applicantPaysFen: number | null;
  currentStage: StageView | null;
  total: StageView | null;
  stages: StageView[];
  compensation: { accruedFen: number };
}

export interface Summary {
  id: string;
  number: string | null;
  companyName: string;
  status: string;
  utilities: string[];
  submittedAt: string;
}

export interface Detail extends Summary {
  form: { site: { address: string; district: string } };
  surveyAppointmentAt: string | null;
  decidedAt: string | null;
  rejectReason: string | null;
  supplement?: { items: string[]; message: string; documents?: string[] } | null;
  rating?: { score: number } | null;
  joint: { stages: StageView[] };
  services: ServiceView[];
  compensation: { accruedFen: number };
}

export const isOpen = (s: { status: string }) => s.status === 'open' || s.status === 'paused';
