/** An open stage on someone's work list (GET /tasks). */
export interface Task {
  applicationId: string;
  applicationNumber: string | null;
  companyName: string;
  utilities: string[];
  submittedAt: string;
  track: string;
  stage: string;
  status: string;
  slaState: string;
  dueAt: string;
  permitId?: string;
}

/** Breached first, then the nearest deadline: what needs doing before what can wait. */
export const byUrgency = (a: Task, b: Task) =>
  Number(b.slaState === 'breached') - Number(a.slaState === 'breached') || a.dueAt.localeCompare(b.dueAt);
