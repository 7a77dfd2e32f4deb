import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  ApplicationRow,
  BreachRow,
  CompensationRow,
  openForm,
  openFormWith,
  rowsFromJson,
  openFreeText,
  ServiceRow,
  StageRow,
} from '../../../../libs/persistence/src';
import { applicationWorkflowId, connectionWorkflowId } from '../../../../workflows/messages';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import { ApiError } from '../common/api-error';
import type { Page } from '../common/pagination';
import type { Principal } from '../auth/principal';

export const notFound = () =>
  new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such application.', [], '未找到该申请');

const stageView = (s: StageRow) => ({
  track: s.track,
  stage: s.stage,
  party: { kind: s.partyKind, id: s.partyId },
  status: s.status,
  slaState: s.slaState,
  limit: s.limit,
  startedAt: s.startedAt,
  dueAt: s.dueAt,
  pausedMs: s.pausedMs,
  pausedSince: s.pausedSince,
  /** Each reason the clock stood still for, with its span (`to` null while it holds). */
  pauses: s.pauses,
  beyondKnownCalendar: s.beyondKnownCalendar,
  completedAt: s.completedAt,
});

const breachView = (b: BreachRow) => ({
  id: `${b.applicationId}.${b.track}.${b.stage}`,
  applicationId: b.applicationId,
  track: b.track,
  stage: b.stage,
  party: { kind: b.partyKind, id: b.partyId },
  dueAt: b.dueAt,
  breachedAt: b.breachedAt,
  compensable: b.compensable,
  accruedFen: b.accruedFen,
  reviewStatus: b.reviewStatus,
});
export type BreachView = ReturnType<typeof breachView>;
export { breachView };

/** One application's rows of a read-model table, as a JSON array (empty: null), in `order`. */
const childRows = (table: string, order: string) =>
  `(SELECT json_agg(c ORDER BY ${order}) FROM ${table} c WHERE c.application_id = a.id)`;

/** Read-model queries, always scoped to what the principal may see. */
@Injectable()
export class ApplicationsQueries {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Limits a query over `applications a` to the rows the principal may see. */
  scope(query: SelectQueryBuilder<ApplicationRow>, user: Principal): SelectQueryBuilder<ApplicationRow> {
    switch (user.role) {
      case 'applicant':
        return query.andWhere('a.applicant_id = :sub', { sub: user.sub });
      case 'staff':
        return query.andWhere(
          'EXISTS (SELECT 1 FROM application_services s WHERE s.application_id = a.id AND s.provider_id = :provider)',
          { provider: user.provider },
        );
      case 'agency':
        return query.andWhere(
          `EXISTS (SELECT 1 FROM application_stages st WHERE st.application_id = a.id AND st.party_kind = 'agency' AND st.party_id = :agency)`,
          { agency: user.agency },
        );
      case 'window':
      case 'admin':
        return query;
    }
  }

  /** The application if the principal may see it; 404 (never 403) otherwise, so ids leak nothing. */
  async visible(id: string, user: Principal): Promise<ApplicationRow> {
    const row = await this.scope(
      this.dataSource.getRepository(ApplicationRow).createQueryBuilder('a').where('a.id = :id', { id }),
      user,
    ).getOne();
    if (!row) throw notFound();
    return row;
  }

  async list(
    user: Principal,
    filter: { status?: string; utility?: string; q?: string; page: number; pageSize: number },
  ): Promise<Page<ReturnType<typeof summary>>> {
    const query = this.scope(this.dataSource.getRepository(ApplicationRow).createQueryBuilder('a'), user);
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.utility) query.andWhere('a.utilities @> :utility::jsonb', { utility: JSON.stringify([filter.utility]) });
    if (filter.q) {
      // A number or a credit code matches exactly; anything else is a part of the company's name.
      const q = filter.q.trim();
      query.andWhere(
        `(a.number = :exact OR a.form->'applicant'->>'creditCode' = :exact OR a.company_name ILIKE :part ESCAPE '\\')`,
        { exact: q.toUpperCase(), part: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    const [rows, total] = await query
      .orderBy('a.submitted_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items: rows.map(summary), page: filter.page, pageSize: filter.pageSize, total };
  }

  /**
   * One application as the caller's role needs it: the owner, the window and admins see all of
   * it; a provider's staff their own utility's service, the site and the contact for the survey;
   * a road agency its permits and the site. Nobody sees another provider's quote or money.
   */
  async detail(id: string, user: Principal) {
    const full = await this.fullDetail(id, user);
    if (user.role === 'staff') return staffView(full, user.provider!);
    if (user.role === 'agency') return agencyView(full, user.agency!);
    return full;
  }

  /**
   * Everything about one application: joint stages, and per utility its stage, deadlines and
   * money — read in one statement (the row, scoped to the caller, with its services, stages,
   * breaches, ledger and the applicant's keys aggregated beside it).
   */
  private async fullDetail(id: string, user: Principal) {
    const query = this.scope(
      this.dataSource.getRepository(ApplicationRow).createQueryBuilder('a').where('a.id = :id', { id }),
      user,
    )
      .addSelect(childRows('application_services', 'c.utility'), 'services_json')
      .addSelect(childRows('application_stages', 'c.started_at, c.stage'), 'stages_json')
      .addSelect(childRows('breaches', 'c.breached_at'), 'breaches_json')
      .addSelect(childRows('compensation_ledger', 'c.accrued_at, c.unit'), 'ledger_json')
      .addSelect(
        `(SELECT json_agg(json_build_object('kid', k.key_id, 'key', encode(k.key, 'base64')))
            FROM applicant_keys k WHERE k.applicant_id = a.applicant_id AND k.key IS NOT NULL)`,
        'keys_json',
      );
    const { entities, raw } = await query.getRawAndEntities();
    const app = entities[0];
    if (!app) throw notFound();
    const json = raw[0] as Record<string, Record<string, unknown>[] | null>;
    const services = rowsFromJson(this.dataSource, ServiceRow, json.services_json);
    const stages = rowsFromJson(this.dataSource, StageRow, json.stages_json);
    const breaches = rowsFromJson(this.dataSource, BreachRow, json.breaches_json);
    const ledger = rowsFromJson(this.dataSource, CompensationRow, json.ledger_json);
    const keys = new Map(
      ((json.keys_json ?? []) as { kid: string; key: string | null }[]).map((k) => [
        k.kid,
        k.key === null ? null : Buffer.from(k.key, 'base64'),
      ]),
    );
    const accrued = (rows: CompensationRow[]) =>
      rows.filter((r) => r.status === 'accrued').reduce((sum, r) => sum + r.amountFen, 0);
    return {
      ...summary(app),
      form: openFormWith(app.form, keys),
      surveyAppointmentAt: app.surveyAppointmentAt,
      decidedAt: app.decidedAt,
      completedAt: app.completedAt,
      rejectReason: app.rejectReason,
      supplement: app.supplement,
      /** The zone register's answer for the site, or the window's override with its reason. */
      siteRisk: app.siteRisk,
      failure: app.failure,
      rating: app.rating === null ? null : { score: app.rating, comment: app.ratingComment },
      joint: { stages: stages.filter((s) => s.track === 'joint').map(stageView) },
      services: services.map((s) => {
        const own = stages.filter((st) => st.track === s.utility);
        const open = own.filter(
          (st) =>
            st.stage !== 'total' && st.partyKind === 'provider' && (st.status === 'open' || st.status === 'paused'),
        );
        const entries = ledger.filter((r) => r.track === s.utility);
        return {
          utility: s.utility,
          providerId: s.providerId,
          category: s.category,
          phase: s.phase,
          permitStatus: s.permitStatus,
          accountId: s.accountId,
          applicantPaysFen: s.applicantPaysFen,
          currentStage: open[0] ? stageView(open[0]) : null,
          total: own.find((st) => st.stage === 'total') ? stageView(own.find((st) => st.stage === 'total')!) : null,
          stages: own.map(stageView),
          breaches: breaches.filter((b) => b.track === s.utility).map(breachView),
          compensation: { accruedFen: accrued(entries), entries: entries.map(ledgerView) },
        };
      }),
      breaches: breaches.map(breachView),
      compensation: { accruedFen: accrued(ledger) },
    };
  }

  private async breachStreams(id: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(BreachRow).findBy({ applicationId: id });
    return rows.map((b) => `breach-${b.applicationId}.${b.track}.${b.stage}`);
  }

  /**
   * The application's timeline: its streams' events in recorded order. Staff see their own
   * utility's streams and the joint survey; an agency the permits it decides; nobody but the
   * owner, the window and admins sees the form.
   */
  async events(id: string, user: Principal) {
    const app = await this.visible(id, user);
    let utilities = app.utilities as Utility[];
    if (user.role === 'staff') {
      const own = await this.dataSource
        .getRepository(ServiceRow)
        .findBy({ applicationId: id, providerId: user.provider });
      utilities = own.map((s) => s.utility as Utility);
    }
    const streams = [applicationWorkflowId(id), ...utilities.map((u) => connectionWorkflowId(id, u))];
    // Reviews of closed connections have streams of their own: staff read only their utility's.
    const breachStreams = (await this.breachStreams(id)).filter(
      (stream) => user.role !== 'staff' || utilities.some((u) => stream.startsWith(`breach-${id}.${u}.`)),
    );
    const seen = (stream: string, type: string, data: Record<string, unknown>) => {
      if (user.role === 'staff') return stream !== applicationWorkflowId(id) || SHARED_WITH_PROVIDERS.has(type);
      if (user.role === 'agency')
        return (
          stream !== applicationWorkflowId(id) &&
          !stream.startsWith('breach-') &&
          (PERMIT_EVENTS.has(type) || data.stage === `${user.agency}-permit`)
        );
      return true;
    };
    const rows: {
      global_position: string;
      stream_id: string;
      type: string;
      data: Record<string, unknown>;
      recorded_at: Date;
    }[] = await this.dataSource.query(
      // Exact stream ids, so the (stream_id, stream_version) index serves the read — a LIKE on the
      // breach streams would scan the whole store. Reviews of closed connections have streams of
      // their own (breach-<id>.<track>.<stage>), named by the breaches read model.
      `SELECT global_position, stream_id, type, data, recorded_at FROM events
         WHERE stream_id = ANY($1) ORDER BY global_position`,
      [[...streams, ...breachStreams]],
    );
    return Promise.all(
      rows
        .filter((r) => seen(r.stream_id, r.type, r.data))
        .map(async (r) => {
          // The pinned catalog is large and public (GET /catalog?version=); leave it out of the timeline.
          const { catalog: _catalog, applicationId: _a, applicantId: _b, ...data } = r.data;
          // The form's personal fields are sealed in the store: open them for the reader (or "[erased]").
          if (data.form)
            data.form = await openForm(this.dataSource, app.applicantId, data.form as Record<string, unknown>);
          const opened = await openFreeText(this.dataSource, app.applicantId, r.type, data);
          return {
            position: r.global_position,
            stream: r.stream_id,
            type: r.type,
            recordedAt: r.recorded_at,
            data: opened,
          };
        }),
    );
  }
}

/** Joint-stream events a provider needs: the decision, the dispatch and the joint survey. */
const SHARED_WITH_PROVIDERS = new Set([
  'ApplicationAccepted',
  'ServicesDispatched',
  'JointSurveyScheduled',
  'JointSurveyMissed',
  'ApplicationWithdrawn',
]);
const PERMIT_EVENTS = new Set(['RoadPermitApplied', 'RoadPermitDecided', 'RoadPermitGranted', 'RoadPermitRefused']);

export type FullDetail = Awaited<ReturnType<ApplicationsQueries['fullDetail']>>;
type Form = {
  applicant: { companyName: string; contactName: string; mobile: string };
  site: unknown;
  services: Record<string, unknown>;
};

/** A provider's staff: their own service (with its deadlines and money), the site and who to meet there. */
function staffView(full: FullDetail, provider: string) {
  const services = full.services.filter((s) => s.providerId === provider);
  const mine = new Set(services.map((s) => s.utility));
  const form = full.form as unknown as Form;
  return {
    ...summary(full as unknown as ApplicationRow),
    surveyAppointmentAt: full.surveyAppointmentAt,
    site: form.site,
    contact: {
      companyName: form.applicant.companyName,
      contactName: form.applicant.contactName,
      mobile: form.applicant.mobile,
    },
    requests: Object.fromEntries(Object.entries(form.services).filter(([u]) => mine.has(u))),
    siteRisk: full.siteRisk,
    services,
    breaches: full.breaches.filter((b) => mine.has(b.track)),
    compensation: { accruedFen: services.reduce((sum, s) => sum + s.compensation.accruedFen, 0) },
  };
}

/** A road agency: the permits it decides, with their clocks, and where the works are. */
function agencyView(full: FullDetail, agency: string) {
  const form = full.form as unknown as Form;
  return {
    id: full.id,
    number: full.number,
    companyName: full.companyName,
    status: full.status,
    submittedAt: full.submittedAt,
    updatedAt: full.updatedAt,
    site: form.site,
    siteRisk: full.siteRisk,
    permits: full.services
      .map((s) => ({
        id: `${full.id}.${s.utility}`,
        utility: s.utility,
        providerId: s.providerId,
        permitStatus: s.permitStatus,
        stage: s.stages.find((st) => st.stage === `${agency}-permit`) ?? null,
      }))
      .filter((p) => p.stage !== null),
  };
}

export const ledgerView = (r: CompensationRow) => ({
  applicationId: r.applicationId,
  track: r.track,
  stage: r.stage,
  unit: r.unit,
  amountFen: r.amountFen,
  accruedAt: r.accruedAt,
  status: r.status,
  providerId: r.providerId,
  applicantId: r.applicantId,
  /** The account an interruption's entry pays; null for a connection's entries. */
  accountNo: r.accountNo || null,
});

export function summary(a: ApplicationRow) {
  return {
    id: a.id,
    /** The number people read out (JD-2026-000123); null for applications from before numbers. */
    number: a.number ?? null,
    companyName: a.companyName,
    applicantId: a.applicantId,
    status: a.status,
    utilities: a.utilities,
    catalogVersion: a.catalogVersion,
    submittedAt: a.submittedAt,
    updatedAt: a.updatedAt,
  };
}
