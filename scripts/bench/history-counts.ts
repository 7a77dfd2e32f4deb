import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;
type Event = temporal.api.history.v1.IHistoryEvent;

/** Temporal's round trips in a span of a history: workflow tasks, and activities (local ones too). */
export interface RoundTrips {
  workflowTasks: number;
  activities: number;
  localActivities: number;
}

const isTaskCompleted = (e: Event) => e.workflowTaskCompletedEventAttributes != null;

function count(events: readonly Event[]): RoundTrips {
  return {
    workflowTasks: events.filter(isTaskCompleted).length,
    activities: events.filter((e) => e.activityTaskScheduledEventAttributes != null).length,
    localActivities: events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity').length,
  };
}

/** The index of the workflow task completion an event was written by (it follows that completion). */
function taskOf(events: readonly Event[], index: number): number {
  for (let i = index; i >= 0; i--) if (isTaskCompleted(events[i])) return i;
  return 0;
}

/** Each Update the history answered: its name, and the round trips from its arrival to its answer. */
export function updateRoundTrips(history: History): ({ name: string } & RoundTrips)[] {
  const events = history.events ?? [];
  return events.flatMap((e, i) => {
    const accepted = e.workflowExecutionUpdateAcceptedEventAttributes;
    if (!accepted) return [];
    const id = accepted.protocolInstanceId;
    const done = events.findIndex(
      (c, j) => j > i && c.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId === id,
    );
    if (done < 0) return [];
    // From the task that took the Update in to the task that answered it, both counted.
    return [
      { name: accepted.acceptedRequest?.input?.name ?? '?', ...count(events.slice(taskOf(events, i), done + 1)) },
    ];
  });
}

/**
 * An application's round trips from submission to dispatch: from its start to the answer of the
 * window's first action (an acceptance answers once every service is dispatched).
 */
export function submissionToDispatch(history: History): RoundTrips {
  const events = history.events ?? [];
  const firstWindowAction = events.findIndex(
    (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'windowAction',
  );
  const id = events[firstWindowAction]?.workflowExecutionUpdateAcceptedEventAttributes?.protocolInstanceId;
  const answered = events.findIndex((e) => e.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId === id);
  return count(events.slice(0, answered + 1));
}
