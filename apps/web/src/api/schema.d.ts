// Generated from the API's OpenAPI document by `npm run web:client` (openapi-typescript). Do not edit:
// the test suite regenerates it and fails when it differs from the API.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness of the API and its dependencies (database, Temporal) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service accounts: applicants see theirs, staff their provider’s, admins all. */
        get: operations["AccountsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import accounts connected before Lianbao (CSV). Every row is checked and every problem listed (rows.<line>.<column>); nothing is imported unless every row is right and none exists yet. Large files go in batches: 201 when done within a few seconds, else 202 with the import to follow (GET /v1/accounts/imports/{id}). */
        post: operations["AccountsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How far an account import got: running, done, or refused (with why). */
        get: operations["AccountsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applicants/{applicantId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase an applicant's personal data for good (crypto-shredding). Idempotent. */
        post: operations["ErasureController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications the caller may see: an applicant their own, staff their provider's, window and admin all. */
        get: operations["ApplicationsController_list"];
        put?: never;
        /** Submit the one form (一表申请). Idempotent with an Idempotency-Key. */
        post: operations["ApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status; per utility: provider, stage, deadline, SLA state, paused time, breaches, compensation. */
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application's files, the kinds its services need (from the catalog pinned at submission) and those still missing. Staff see the kinds their utility needs. */
        get: operations["ApplicationDocumentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The timeline: every recorded event of the application, in order. */
        get: operations["ApplicationsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the service (1–5), within 15 days of completion. */
        post: operations["ApplicationsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acceptance receipt (受理回执) as a PDF: the number, the services, the acceptance, the published limits, the date each must be connected by, and a QR code to the application. */
        get: operations["ReceiptController_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/services/{utility}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A provider's staff: record survey, submit plan, apply for road permit, complete construction or connection. */
        post: operations["ApplicationsController_staffAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/stages/{track}/{stage}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stage's deadline explained from its own events: the limit and its catalog version, why it started then, every day counted or skipped (weekends, named holidays, adjusted working weekends 调休), each pause and what it gave back, every move of the deadline, days counted on an assumed calendar, and, when late, each unit of compensation with its rule and arithmetic and what a waiver reversed. In Chinese and English, with the structured data. */
        get: operations["ExplanationsController_explain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/supplements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Supply what the window asked for (补正); the window's clock resumes. */
        post: operations["ApplicationsController_supplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/window-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The one window: accept, request a supplement, reject, or schedule the joint survey. */
        post: operations["ApplicationsController_windowAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw before connection: open work stops; compensation already accrued stays. */
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How to sign in: at an OpenID Provider (issuer, client, scopes), the development sign-in, or neither. */
        get: operations["SessionController_config_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bearer's Lianbao identity as the API reads it from the token (403 no_role: signed in, no role). */
        get: operations["SessionController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Missed deadlines, newest first, filterable by party and review status. */
        get: operations["OversightController_breaches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold or waive a breach (waiving needs a reason, is recorded, and reverses the accrued amount). */
        post: operations["OversightController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working-day calendar: years known (official package or loaded by an admin), or ?year=N in full. */
        get: operations["CalendarController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Load or correct a year of the official calendar; open deadlines counted past the known calendar are recomputed. Replacing a year already known needs ?replace=true. */
        post: operations["CalendarController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published time limits and compensation rules in force now, or ?version=N. */
        get: operations["CatalogController_get"];
        put?: never;
        /** Publish a new catalog version from its effective date (now or later). It must be complete: a limit for every stage of every utility and category, the window and both agencies; every rule capped within 60 accruals. Running applications keep theirs. */
        post: operations["CatalogController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published catalog version with its dates and state: in force, scheduled (takes effect later) or superseded. */
        get: operations["CatalogController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compensations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The compensation ledger; Accept: text/csv exports every matching row. */
        get: operations["OversightController_compensations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints: the district sees all, a business its own, a provider those it has been asked to answer. Newest first; `?escalated=true` for the lead's list. */
        get: operations["ComplaintsController_list"];
        put?: never;
        /** Complain about a provider, to the district. It is acknowledged within 1 working day and decided within 7; an Idempotency-Key makes a retry the same complaint. */
        post: operations["ComplaintsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint, as far as the caller may see it. */
        get: operations["ComplaintsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A step of the complaint. A decision's public summary is refused (422) when it holds a mobile, ID or credit-code number; an upheld complaint's remedy is booked once in the compensation ledger. */
        post: operations["ComplaintsController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate how your closed complaint was handled, once. It counts for the complaint's provider; a 1 or 2 brings a follow-up call from the window within 2 working days. */
        post: operations["RatingsController_rateComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consultations: the window and the district see all, a business its own, a provider those with a part routed to it. Newest first; `?late=true` for those that missed a limit. */
        get: operations["ConsultationsController_list"];
        put?: never;
        /** Ask the one window a question about one or more utilities, before applying or after. The window replies within 1 working day (the catalog says); an Idempotency-Key makes a retry the same question. */
        post: operations["ConsultationsController_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consultation and its whole thread, as far as the caller may see it. */
        get: operations["ConsultationsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A step of the consultation. A provider's part is due within 1 working day of its routing. Publishing is refused (422) when the public question or answer holds a mobile, ID or credit-code number. */
        post: operations["ConsultationsController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the consultation into an application: the one form submitted once for it (a retry with the same form is the same application, another form a 409), and the consultation links to it. */
        post: operations["ConsultationApplicationController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The one form's fields this consultation fills in (the business's name, the site, the utilities), to start an application from. Nothing is sent. */
        get: operations["ConsultationApplicationController_prefill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Development only (DEV_LOGIN=on): a token for any role; 404 otherwise */
        post: operations["DevLoginController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file for the form or a supplement (PDF, JPEG or PNG, told by its content; at most 20 MB). Name it afterwards by the id returned. */
        post: operations["DocumentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file, to whoever may see the application it belongs to (staff: their utility’s kinds). */
        get: operations["DocumentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-ups after poor ratings, the nearest deadline first; `status` open, recorded or late. */
        get: operations["FollowUpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a follow-up's outcome, once. */
        post: operations["FollowUpsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interruptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interruptions and insufficient-supply reports, newest first (staff see their own). */
        get: operations["InterruptionsController_list"];
        put?: never;
        /** Report an interruption (停电/停水/停气/断网) or insufficient supply. The provider's incident reference makes it idempotent: the same report again returns the first (200) and books nothing; the same reference with other content is a 409. A year whose reliability plan is assessed takes no more reports (409). */
        post: operations["InterruptionsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interruptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One interruption: its clocks, and what each affected account is booked. */
        get: operations["InterruptionsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interruptions/{id}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The repair crew is on site (stops the arrival clock). */
        post: operations["InterruptionsController_arrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interruptions/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate how an interruption that affected one of your accounts was dealt with, once, after supply is back. A 1 or 2 brings a follow-up call from the window within 2 working days. */
        post: operations["RatingsController_rateInterruption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interruptions/{id}/restoration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Supply is back, or a correction of when: every affected account's compensation is recomputed and only the difference is booked (a top-up or a reversal). Taken during the catalog's correction period after the last restoration report, and never for an interruption of a year already assessed (409). */
        post: operations["InterruptionsController_restoration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interruptions/{id}/stages/{stage}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An interruption's clock (notice before a planned one, repair arrival, restoration) explained: its limit, start and deadline, and what each affected account was booked — the rule by its customer type, the minutes, the arithmetic, each payment, top-up, reversal and waiver. Staff their provider's, admins any, a business only its own accounts'. */
        get: operations["InterruptionExplanationsController_explain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published performance: volumes, on-time rates per utility, breaches, compensation, satisfaction. */
        get: operations["KpisController_kpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-interruptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supply interruptions that affected your accounts, newest first (at most 200): when, which accounts, whether supply is back, and your rating of how it was dealt with (rated once, after supply is back). */
        get: operations["LivedInterruptionsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register's segments in a box (west,south,east,north; at most 0.05° a side), as they stand or as of a moment, as GeoJSON. Staff see their own provider's segments with every attribute and other utilities' with only what they are (utility, kind, status); the district sees everything. */
        get: operations["NetworksController_segments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a provider's network with the upload (staff their own provider's, the district any). Every problem of every feature is listed (400); nothing is recorded unless all is right. Only what differs becomes a new version; the same upload again records nothing. */
        post: operations["NetworksController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/networks/{providerId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's register versions, newest first: who recorded each, when, what it changed. */
        get: operations["NetworksController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** In-app notifications for the caller, newest first, each saying whether the caller has read it. */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one of the caller’s notifications read (for the caller only); again, nothing changes. */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks every notification of the caller up to a moment read (for the caller only). */
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller’s notifications the caller has not read. */
        get: operations["NotificationsController_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permits/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A road agency approves or rejects its part of a road-excavation permit (占掘路). */
        post: operations["PermitsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closed complaints and how they were handled, by the month they closed (Asia/Shanghai), newest first: JSON, or CSV with Accept: text/csv or ?format=csv. No personal data. */
        get: operations["ComplaintDisclosureController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published answers, newest first; `utility` filters, `q` searches the question and answer (Chinese by characters and pairs of characters, English by words; every term must be there). */
        get: operations["FaqController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each provider's quality and sustainability figures for a month (default: last month, Asia/Shanghai), with each metric over the twelve months to it. */
        get: operations["QualityController_published"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published monthly reports (supply reliability, connection KPIs, satisfaction), newest first. A correction is a new report linked to the one it corrects. */
        get: operations["ReportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report, exactly as published: JSON, or CSV with Accept: text/csv or ?format=csv. */
        get: operations["ReportsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satisfaction: the share of ratings of 4–5 against the 98 % target, overall, per utility and per provider, over the months from–to (Asia/Shanghai, inclusive; both optional). A rate over fewer than 5 ratings is withheld. */
        get: operations["SatisfactionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tariff-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current and upcoming tariff changes, soonest first: upcoming ones, then those in force (for 365 days). No account or holder, only how many were told. */
        get: operations["TariffNoticesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tariff-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tariff change. */
        get: operations["TariffNoticesController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit figures as CSV: any months that are over, every metric of each month; staff their own provider's, the district any provider's. Every problem of every line and month is listed (rows.<line>.<column>, months.<provider>.<month>.<metric>); nothing is recorded unless all is right. */
        post: operations["QualityController_submitCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-figures/{providerId}/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Submit (or replace) a provider's figures for a month that is over: every metric of its utility, each in its plausible range; every problem is listed (400). Due by the first working day of the next month, when the report is made. */
        put: operations["QualityController_submit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reliability-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reliability regulation plans (可靠性管制计划) by provider and year, with assessments. */
        get: operations["ReliabilityPlansController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reliability-plans/{providerId}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or replace a provider's plan for a year (until the year is assessed). */
        put: operations["ReliabilityPlansController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reliability-plans/{providerId}/{year}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess a year that is over against the plan: actual SAIDI, SAIFI and on-time restoration, and the plan's penalty (payable to the district). Once: a second call returns the first. */
        post: operations["ReliabilityPlansController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{month}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a correction of a month: a new report linked to the last one, which stays as it was. */
        post: operations["ReportsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tariff-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a tariff change. Less than the catalog's minimum notice (30 days by default) is a 422 naming the minimum and the earliest day allowed. Every affected account holder is notified now and 7 days before it takes effect. The provider's reference makes it idempotent (same body: 200; other content: 409). */
        post: operations["TariffNoticesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tariff-notices/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an announced tariff change before it takes effect (its provider's staff, or the district): everyone told of it is told it will not happen, with why, and no reminder follows. Once; not after it is in force (409). The reason is refused (422) when it holds a mobile, ID or credit-code number. */
        post: operations["TariffNoticesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open work of the caller (the window, a provider, an agency), nearest deadline first; paged in a stable order (deadline, application, utility, stage). */
        get: operations["TasksController_tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/temporal-codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decode Temporal payloads (the Temporal UI's codec endpoint). */
        post: operations["CodecController_decode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/temporal-codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Encode Temporal payloads under the current key (for `temporal workflow start` by an operator). */
        post: operations["CodecController_encode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What-if runs, newest first (at most 50), without their results. */
        get: operations["WhatIfController_list"];
        put?: never;
        /** Start a what-if replay: a draft catalog (validated as publishing validates it) and a period of submissions (at most 366 days). Answers at once with the run; follow its progress with GET /what-if/:id. */
        post: operations["WhatIfController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/what-if/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run: its progress (applications done of the period’s, percent) and, as it goes, per utility, provider and stage the breaches and compensation under the current catalog and the draft, the difference, and the clocks that change (with their applications). Accept: text/csv for the same as CSV. */
        get: operations["WhatIfController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/what-if/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a running what-if: it stops between pages, and the run says cancelled. */
        post: operations["WhatIfController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/what-if/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft a finished run replayed, as POST /catalog would (validated again now: its effective date must not have passed). */
        post: operations["WhatIfController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The low-risk zone register in force (GeoJSON polygons); empty until an admin publishes one. */
        get: operations["ZonesController_get"];
        put?: never;
        /** Publish the low-risk zone register (a new version). */
        post: operations["ZonesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything is reachable (warnings say what is not right yet). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            [key: string]: {
                                error?: string;
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        warnings: ({
                            code: string;
                            count: number;
                            message: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The database or Temporal is unreachable; `checks` says which. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            [key: string]: {
                                error?: string;
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        warnings: ({
                            code: string;
                            count: number;
                            message: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    AccountsController_list: {
        parameters: {
            query?: {
                customerId?: string;
                page?: number;
                pageSize?: number;
                providerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            accountNo: string;
                            address: string;
                            customerId: string;
                            customerType: string;
                            district: string;
                            openedAt: string;
                            providerId: string;
                            /** @enum {string} */
                            source: "connection" | "import";
                            tariff: string | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CSV, first line: account_no,utility,provider_id,customer_id,customer_type,address,district,lat,lng,tariff,energy_fen_per_kwh,capacity_kw,load_factor,recent_kwh,recent_hours,contracted,opened_at; at most 50000 rows and 20 MB */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Every account imported. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        finishedAt: string | null;
                        id: string;
                        imported: number;
                        problem: unknown;
                        /** @enum {string} */
                        status: "running" | "done" | "refused" | "failed";
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Checked and importing in batches; follow it at Location. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        finishedAt: string | null;
                        id: string;
                        imported: number;
                        problem: unknown;
                        /** @enum {string} */
                        status: "running" | "done" | "refused" | "failed";
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (1 MB of JSON; 20 MB for a document), with the limit in the error. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import and its progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        finishedAt: string | null;
                        id: string;
                        imported: number;
                        problem: unknown;
                        /** @enum {string} */
                        status: "running" | "done" | "refused" | "failed";
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ErasureController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased (now or earlier). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicantId: string;
                        erasedAt: string;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "submitted" | "supplement-requested" | "accepted" | "rejected" | "in-progress" | "completed" | "withdrawn" | "failed" | "closed";
                utility?: "power" | "water" | "gas" | "broadband";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of applications, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            applicantId: string;
                            catalogVersion: number;
                            companyName: string;
                            id: string;
                            number: string | null;
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body returns the same application; same key + other body is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The one form: applicant, site, and any of power, water, gas, broadband. */
        requestBody: {
            content: {
                "application/json": {
                    applicant: {
                        companyName: string;
                        contactName: string;
                        creditCode: string;
                        /** Format: email */
                        email?: string;
                        mobile: string;
                    };
                    documents?: {
                        filename?: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "business-licence" | "property-proof" | "site-plan" | "load-list" | "agent-authorisation" | "other";
                        mediaType?: string;
                        sha256?: string;
                        size?: number;
                    }[];
                    services: {
                        broadband?: {
                            bandwidthMbps: number;
                            /** @enum {string} */
                            carrier: "china-telecom" | "china-unicom" | "china-mobile" | "china-broadnet";
                        };
                        gas?: {
                            hourlyUseM3: number;
                            /** @default false */
                            smallStandardized?: boolean;
                        };
                        power?: {
                            capacityKva: number;
                            /**
                             * @default single
                             * @enum {string}
                             */
                            supply?: "single" | "dual";
                            /** @enum {string} */
                            voltage: "220V" | "380V" | "10kV" | "35kV" | "110kV";
                        };
                        water?: {
                            dailyUseM3: number;
                            pipeDiameterMm: number;
                        };
                    };
                    site: {
                        address: string;
                        coordinates?: {
                            lat: number;
                            lng: number;
                        };
                        district: string;
                    };
                };
            };
        };
        responses: {
            /** @description A repeat of an earlier submission with the same key and body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        applicantId: string;
                        breaches: ({
                            accruedFen: number;
                            applicationId: string;
                            /** @description ISO 8601 date-time */
                            breachedAt: string;
                            compensable: boolean;
                            /** @description ISO 8601 date-time */
                            dueAt: string;
                            id: string;
                            party: {
                                id: string | null;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            reviewStatus: "open" | "upheld" | "waived";
                            stage: string;
                            track: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        catalogVersion: number;
                        companyName: string;
                        compensation: {
                            accruedFen: number;
                        } & {
                            [key: string]: unknown;
                        };
                        form: {
                            [key: string]: unknown;
                        };
                        id: string;
                        joint: {
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        number: string | null;
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        surveyAppointmentAt: string | null;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        applicantId: string;
                        catalogVersion: number;
                        companyName: string;
                        contact: {
                            companyName: string;
                            contactName: string;
                            mobile: string;
                        } & {
                            [key: string]: unknown;
                        };
                        id: string;
                        number: string | null;
                        requests: {
                            [key: string]: unknown;
                        };
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        companyName: string;
                        id: string;
                        number: string | null;
                        permits: ({
                            id: string;
                            permitStatus: string | null;
                            providerId: string;
                            stage: {
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Created; the body is the application as now recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        applicantId: string;
                        breaches: ({
                            accruedFen: number;
                            applicationId: string;
                            /** @description ISO 8601 date-time */
                            breachedAt: string;
                            compensable: boolean;
                            /** @description ISO 8601 date-time */
                            dueAt: string;
                            id: string;
                            party: {
                                id: string | null;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            reviewStatus: "open" | "upheld" | "waived";
                            stage: string;
                            track: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        catalogVersion: number;
                        companyName: string;
                        compensation: {
                            accruedFen: number;
                        } & {
                            [key: string]: unknown;
                        };
                        form: {
                            [key: string]: unknown;
                        };
                        id: string;
                        joint: {
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        number: string | null;
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        surveyAppointmentAt: string | null;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        applicantId: string;
                        catalogVersion: number;
                        companyName: string;
                        contact: {
                            companyName: string;
                            contactName: string;
                            mobile: string;
                        } & {
                            [key: string]: unknown;
                        };
                        id: string;
                        number: string | null;
                        requests: {
                            [key: string]: unknown;
                        };
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        companyName: string;
                        id: string;
                        number: string | null;
                        permits: ({
                            id: string;
                            permitStatus: string | null;
                            providerId: string;
                            stage: {
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Received and started, not readable yet (e.g. the database is down): GET the Location shortly. Never a second application. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        message: string;
                        /** @enum {string} */
                        status: "submitted";
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, shaped by the caller’s role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        applicantId: string;
                        breaches: ({
                            accruedFen: number;
                            applicationId: string;
                            /** @description ISO 8601 date-time */
                            breachedAt: string;
                            compensable: boolean;
                            /** @description ISO 8601 date-time */
                            dueAt: string;
                            id: string;
                            party: {
                                id: string | null;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            reviewStatus: "open" | "upheld" | "waived";
                            stage: string;
                            track: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        catalogVersion: number;
                        companyName: string;
                        compensation: {
                            accruedFen: number;
                        } & {
                            [key: string]: unknown;
                        };
                        form: {
                            [key: string]: unknown;
                        };
                        id: string;
                        joint: {
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        number: string | null;
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        surveyAppointmentAt: string | null;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        applicantId: string;
                        catalogVersion: number;
                        companyName: string;
                        contact: {
                            companyName: string;
                            contactName: string;
                            mobile: string;
                        } & {
                            [key: string]: unknown;
                        };
                        id: string;
                        number: string | null;
                        requests: {
                            [key: string]: unknown;
                        };
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        companyName: string;
                        id: string;
                        number: string | null;
                        permits: ({
                            id: string;
                            permitStatus: string | null;
                            providerId: string;
                            stage: {
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationDocumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files, required kinds and missing kinds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attachedAt: string | unknown;
                            filename: string;
                            id: string;
                            kind: string;
                            mediaType: string;
                            sha256: string;
                            size: number;
                            via: string;
                        }[];
                        missing: string[];
                        required: string[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events the caller may see, in recorded order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        data: {
                            [key: string]: unknown;
                        };
                        position: string;
                        /** @description ISO 8601 date-time */
                        recordedAt: string;
                        stream: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    score: number;
                };
            };
        };
        responses: {
            /** @description The action’s result and the application as now recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: ({
                            applicantId: string;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            catalogVersion: number;
                            companyName: string;
                            compensation: {
                                accruedFen: number;
                            } & {
                                [key: string]: unknown;
                            };
                            form: {
                                [key: string]: unknown;
                            };
                            id: string;
                            joint: {
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            number: string | null;
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            surveyAppointmentAt: string | null;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            applicantId: string;
                            catalogVersion: number;
                            companyName: string;
                            contact: {
                                companyName: string;
                                contactName: string;
                                mobile: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            number: string | null;
                            requests: {
                                [key: string]: unknown;
                            };
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            companyName: string;
                            id: string;
                            number: string | null;
                            permits: ({
                                id: string;
                                permitStatus: string | null;
                                providerId: string;
                                stage: {
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                        } & {
                            [key: string]: unknown;
                        });
                        result: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ReceiptController_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_staffAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                utility: "power" | "water" | "gas" | "broadband";
            };
            cookie?: never;
        };
        /** @description Zero-burden rule: quote lines outside the red line must be 0 fen (else 422). */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "record-survey";
                    findings: string;
                } | {
                    /** @enum {string} */
                    action: "submit-plan";
                    plan: {
                        description: string;
                        needsExcavation: boolean;
                        needsExternalWorks: boolean;
                        quote: {
                            amountFen: number;
                            item: string;
                            outsideRedLine: boolean;
                        }[];
                    };
                } | {
                    /** @enum {string} */
                    action: "apply-road-permit";
                    lengthM: number;
                    route: string;
                } | {
                    /** @enum {string} */
                    action: "complete-construction";
                    notes?: string;
                } | {
                    accountId: string;
                    /** @enum {string} */
                    action: "complete-connection";
                };
            };
        };
        responses: {
            /** @description The action’s result and the application as now recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: ({
                            applicantId: string;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            catalogVersion: number;
                            companyName: string;
                            compensation: {
                                accruedFen: number;
                            } & {
                                [key: string]: unknown;
                            };
                            form: {
                                [key: string]: unknown;
                            };
                            id: string;
                            joint: {
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            number: string | null;
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            surveyAppointmentAt: string | null;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            applicantId: string;
                            catalogVersion: number;
                            companyName: string;
                            contact: {
                                companyName: string;
                                contactName: string;
                                mobile: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            number: string | null;
                            requests: {
                                [key: string]: unknown;
                            };
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            companyName: string;
                            id: string;
                            number: string | null;
                            permits: ({
                                id: string;
                                permitStatus: string | null;
                                providerId: string;
                                stage: {
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                        } & {
                            [key: string]: unknown;
                        });
                        result: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A business rule refused it, e.g. the zero-burden rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ExplanationsController_explain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stage: "acceptance" | "survey-scheduling" | "survey" | "plan" | "construction" | "connection" | "total" | "road-authority-permit" | "traffic-police-permit";
                track: "joint" | "power" | "water" | "gas" | "broadband";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The explanation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        beyondKnownCalendar: boolean;
                        breach?: {
                            at: string;
                            dueAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                        catalogVersion?: number;
                        compensation?: {
                            accruedFen: number;
                            netFen: number;
                            rule: {
                                capFen: number;
                                fixedFen: number;
                                perUnitFen: number;
                                /** @enum {string} */
                                unit: "workingDays" | "calendarDays" | "hours" | "minutes";
                            } & {
                                [key: string]: unknown;
                            };
                            units: ({
                                at: string;
                                lateDay?: string;
                                paidFen: number;
                                ruleFen: number;
                                /** @enum {string} */
                                status: "paid" | "paid-elsewhere" | "waived" | "due-later" | "not-reached";
                                unit: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            waivedFen: number;
                        } & {
                            [key: string]: unknown;
                        };
                        days: ({
                            adjusted?: boolean;
                            assumed: boolean;
                            date: string;
                            /** @enum {string} */
                            kind: "start" | "counted" | "weekend" | "holiday" | "paused";
                            n?: number;
                            name?: {
                                en: string;
                                zh: string;
                            };
                            pausedMs: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        dueAt: string;
                        givenBackMs: number;
                        limit: {
                            amount: number;
                            /** @enum {string} */
                            unit: "workingDays" | "calendarDays" | "hours" | "minutes";
                        };
                        matchesRecorded: boolean;
                        moves: ({
                            at: string;
                            dueAt: string;
                            reason?: string;
                            /** @enum {string} */
                            why: "started" | "resumed" | "calendar";
                        } & {
                            [key: string]: unknown;
                        })[];
                        pauses: ({
                            from: string;
                            givenBackMs: number;
                            reason: string;
                            to?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        recordedDueAt: string;
                        runs: number;
                        stage: string;
                        startedAt: string;
                        /** @enum {string} */
                        state: "running" | "stopped" | "done-on-time" | "done-late" | "cancelled";
                        stoppedSince?: string;
                        text: {
                            en: string[];
                            zh: string[];
                        };
                        track: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_supplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documents?: {
                        filename?: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "business-licence" | "property-proof" | "site-plan" | "load-list" | "agent-authorisation" | "other";
                        mediaType?: string;
                        sha256?: string;
                        size?: number;
                    }[];
                    note: string;
                };
            };
        };
        responses: {
            /** @description The action’s result and the application as now recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: ({
                            applicantId: string;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            catalogVersion: number;
                            companyName: string;
                            compensation: {
                                accruedFen: number;
                            } & {
                                [key: string]: unknown;
                            };
                            form: {
                                [key: string]: unknown;
                            };
                            id: string;
                            joint: {
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            number: string | null;
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            surveyAppointmentAt: string | null;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            applicantId: string;
                            catalogVersion: number;
                            companyName: string;
                            contact: {
                                companyName: string;
                                contactName: string;
                                mobile: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            number: string | null;
                            requests: {
                                [key: string]: unknown;
                            };
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            companyName: string;
                            id: string;
                            number: string | null;
                            permits: ({
                                id: string;
                                permitStatus: string | null;
                                providerId: string;
                                stage: {
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                        } & {
                            [key: string]: unknown;
                        });
                        result: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_windowAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "accept";
                    siteRisk?: {
                        lowRisk: boolean;
                        reason: string;
                    };
                } | {
                    /** @enum {string} */
                    action: "request-supplement";
                    documents?: ("business-licence" | "property-proof" | "site-plan" | "load-list" | "agent-authorisation" | "other")[];
                    items: string[];
                    /** @default  */
                    message?: string;
                } | {
                    /** @enum {string} */
                    action: "reject";
                    reason: string;
                } | {
                    /** @enum {string} */
                    action: "report-missed-survey";
                    note: string;
                } | {
                    /** @enum {string} */
                    action: "schedule-joint-survey";
                    /** Format: date-time */
                    appointmentAt: string;
                } | {
                    /** @enum {string} */
                    action: "reschedule-joint-survey";
                    /** Format: date-time */
                    appointmentAt: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The action’s result and the application as now recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: ({
                            applicantId: string;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            catalogVersion: number;
                            companyName: string;
                            compensation: {
                                accruedFen: number;
                            } & {
                                [key: string]: unknown;
                            };
                            form: {
                                [key: string]: unknown;
                            };
                            id: string;
                            joint: {
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            number: string | null;
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            surveyAppointmentAt: string | null;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            applicantId: string;
                            catalogVersion: number;
                            companyName: string;
                            contact: {
                                companyName: string;
                                contactName: string;
                                mobile: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            number: string | null;
                            requests: {
                                [key: string]: unknown;
                            };
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            companyName: string;
                            id: string;
                            number: string | null;
                            permits: ({
                                id: string;
                                permitStatus: string | null;
                                providerId: string;
                                stage: {
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                        } & {
                            [key: string]: unknown;
                        });
                        result: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The action’s result and the application as now recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: ({
                            applicantId: string;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            catalogVersion: number;
                            companyName: string;
                            compensation: {
                                accruedFen: number;
                            } & {
                                [key: string]: unknown;
                            };
                            form: {
                                [key: string]: unknown;
                            };
                            id: string;
                            joint: {
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            number: string | null;
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            surveyAppointmentAt: string | null;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            applicantId: string;
                            catalogVersion: number;
                            companyName: string;
                            contact: {
                                companyName: string;
                                contactName: string;
                                mobile: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            number: string | null;
                            requests: {
                                [key: string]: unknown;
                            };
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            companyName: string;
                            id: string;
                            number: string | null;
                            permits: ({
                                id: string;
                                permitStatus: string | null;
                                providerId: string;
                                stage: {
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                        } & {
                            [key: string]: unknown;
                        });
                        result: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    SessionController_config_: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in the web app uses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId?: string;
                        issuer?: string;
                        /** @enum {string} */
                        mode: "oidc" | "dev" | "none";
                        scopes?: string;
                    };
                };
            };
        };
    };
    SessionController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the token names, with the role, provider or agency taken from its claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency?: string;
                        name: string;
                        provider?: string;
                        /** @enum {string} */
                        role: "applicant" | "window" | "staff" | "agency" | "admin";
                        sub: string;
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    OversightController_breaches: {
        parameters: {
            query?: {
                applicationId?: string;
                page?: number;
                pageSize?: number;
                partyId?: string;
                partyKind?: "provider" | "agency" | "window";
                reviewStatus?: "open" | "upheld" | "waived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of breaches, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            accruedFen: number;
                            applicationId: string;
                            /** @description ISO 8601 date-time */
                            breachedAt: string;
                            compensable: boolean;
                            /** @description ISO 8601 date-time */
                            dueAt: string;
                            id: string;
                            party: {
                                id: string | null;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            reviewStatus: "open" | "upheld" | "waived";
                            stage: string;
                            track: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    OversightController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "uphold";
                    /** @default  */
                    reason?: string;
                } | {
                    /** @enum {string} */
                    decision: "waive";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The breach as reviewed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accruedFen: number;
                        applicationId: string;
                        /** @description ISO 8601 date-time */
                        breachedAt: string;
                        compensable: boolean;
                        /** @description ISO 8601 date-time */
                        dueAt: string;
                        id: string;
                        party: {
                            id: string | null;
                            kind: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        reviewStatus: "open" | "upheld" | "waived";
                        stage: string;
                        track: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    CalendarController_get: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The known years, or one year in full. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        knownYears: number[];
                        openDeadlinesOnUnknownCalendar: number;
                        years: ({
                            loadedByAdmin: boolean;
                            source: string;
                            year: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        holidays: string[];
                        source: string;
                        workdays: string[];
                        year: number;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    CalendarController_publish: {
        parameters: {
            query?: {
                replace?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A year from the State Council's notice: holidays and adjusted working weekends (调休). */
        requestBody: {
            content: {
                "application/json": {
                    holidays: string[];
                    source: string;
                    workdays: string[];
                    year: number;
                };
            };
        };
        responses: {
            /** @description The year as loaded, and how many applications recomputed their deadlines. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        holidays: string[];
                        source: string;
                        workdays: string[];
                        year: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    CatalogController_get: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog version asked for, or the one in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        compensation: {
                            [key: string]: unknown;
                        }[];
                        effectiveFrom: string;
                        limits: {
                            [key: string]: unknown;
                        }[];
                        providers: {
                            [key: string]: {
                                id: string;
                                name: string;
                                nameZh?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        publishedAt: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    CatalogController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    compensation: {
                        rule: {
                            capFen: number;
                            fixedFen: number;
                            perUnitFen: number;
                            /** @enum {string} */
                            unit: "workingDays" | "calendarDays" | "hours" | "minutes";
                        };
                        /** @enum {string} */
                        scope: "power" | "water" | "gas" | "broadband";
                        /** @enum {string} */
                        stage: "survey" | "plan" | "construction" | "connection" | "total";
                    }[];
                    consultation?: {
                        openDays: number;
                        providerDays: number;
                        windowDays: number;
                    };
                    documents?: {
                        categories?: ("low-voltage-non-residential" | "high-voltage-single" | "high-voltage-dual" | "water-standard" | "gas-small-standardized" | "gas-standard" | "broadband-standard")[];
                        /** @enum {string} */
                        kind: "business-licence" | "property-proof" | "site-plan" | "load-list" | "agent-authorisation" | "other";
                        utilities: "*" | ("power" | "water" | "gas" | "broadband")[];
                    }[];
                    /** Format: date-time */
                    effectiveFrom: string;
                    limits: {
                        approveWhenDue?: boolean;
                        category: string;
                        limit: {
                            amount: number;
                            /** @enum {string} */
                            unit: "workingDays";
                        } | {
                            amount: number;
                            /** @enum {string} */
                            unit: "calendarDays";
                        } | {
                            amount: number;
                            /** @enum {string} */
                            unit: "hours";
                        } | {
                            amount: number;
                            /** @enum {string} */
                            unit: "minutes";
                        };
                        /** @enum {string} */
                        scope: "joint" | "power" | "water" | "gas" | "broadband" | "road-authority" | "traffic-police";
                        /** @enum {string} */
                        stage: "acceptance" | "survey-scheduling" | "survey" | "plan" | "construction" | "connection" | "total" | "road-permit";
                    }[];
                    /** @default  */
                    notes?: string;
                    providers: {
                        broadband: {
                            id: string;
                            name: string;
                            nameZh?: string;
                        };
                        gas: {
                            id: string;
                            name: string;
                            nameZh?: string;
                        };
                        power: {
                            id: string;
                            name: string;
                            nameZh?: string;
                        };
                        water: {
                            id: string;
                            name: string;
                            nameZh?: string;
                        };
                    };
                    service?: {
                        correctionDays: number;
                        defaultEnergyFenPerKwh: {
                            "single-part": number;
                            "two-part": number;
                        };
                        defaultLoadFactor: number;
                        tariffNoticeDays?: number;
                        utilities: {
                            broadband: {
                                arrivalMinutes: number;
                                insufficient: {
                                    rectificationMinutes: number;
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    };
                                    threshold: {
                                        basis: string;
                                        max?: number;
                                        min?: number;
                                        /** @enum {string} */
                                        quantity: "rate-pct-of-contracted";
                                    };
                                };
                                interruption: {
                                    /** @enum {string} */
                                    customerType: "business" | "residential" | "*";
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    } | {
                                        /** @enum {string} */
                                        kind: "consumption";
                                        singlePartMultiple: number;
                                        twoPartMultiple: number;
                                    };
                                }[];
                                notice: {
                                    fen: number;
                                    noticeMinutes: number;
                                };
                                restorationMinutes: number;
                            };
                            gas: {
                                arrivalMinutes: number;
                                insufficient: {
                                    rectificationMinutes: number;
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    };
                                    threshold: {
                                        basis: string;
                                        max?: number;
                                        min?: number;
                                        /** @enum {string} */
                                        quantity: "pressure-kpa";
                                    };
                                };
                                interruption: {
                                    /** @enum {string} */
                                    customerType: "business" | "residential" | "*";
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    } | {
                                        /** @enum {string} */
                                        kind: "consumption";
                                        singlePartMultiple: number;
                                        twoPartMultiple: number;
                                    };
                                }[];
                                notice: {
                                    fen: number;
                                    noticeMinutes: number;
                                };
                                restorationMinutes: number;
                            };
                            power: {
                                arrivalMinutes: number;
                                insufficient: {
                                    rectificationMinutes: number;
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    };
                                    threshold: {
                                        basis: string;
                                        max?: number;
                                        min?: number;
                                        /** @enum {string} */
                                        quantity: "voltage-deviation-pct";
                                    };
                                };
                                interruption: {
                                    /** @enum {string} */
                                    customerType: "business" | "residential" | "*";
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    } | {
                                        /** @enum {string} */
                                        kind: "consumption";
                                        singlePartMultiple: number;
                                        twoPartMultiple: number;
                                    };
                                }[];
                                notice: {
                                    fen: number;
                                    noticeMinutes: number;
                                };
                                restorationMinutes: number;
                            };
                            water: {
                                arrivalMinutes: number;
                                insufficient: {
                                    rectificationMinutes: number;
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    };
                                    threshold: {
                                        basis: string;
                                        max?: number;
                                        min?: number;
                                        /** @enum {string} */
                                        quantity: "pressure-mpa";
                                    };
                                };
                                interruption: {
                                    /** @enum {string} */
                                    customerType: "business" | "residential" | "*";
                                    rule: {
                                        capFen: number;
                                        everyMinutes: number;
                                        firstFen: number;
                                        furtherFen: number;
                                        graceMinutes: number;
                                        /** @enum {string} */
                                        kind: "fixed-schedule";
                                    } | {
                                        /** @enum {string} */
                                        kind: "consumption";
                                        singlePartMultiple: number;
                                        twoPartMultiple: number;
                                    };
                                }[];
                                notice: {
                                    fen: number;
                                    noticeMinutes: number;
                                };
                                restorationMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description The published version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        compensation: {
                            [key: string]: unknown;
                        }[];
                        effectiveFrom: string;
                        limits: {
                            [key: string]: unknown;
                        }[];
                        providers: {
                            [key: string]: {
                                id: string;
                                name: string;
                                nameZh?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        publishedAt: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    CatalogController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** @description ISO 8601 date-time */
                            effectiveFrom: string;
                            /** @description ISO 8601 date-time */
                            publishedAt: string;
                            /** @enum {string} */
                            state: "in-force" | "scheduled" | "superseded";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    OversightController_compensations: {
        parameters: {
            query?: {
                applicationId?: string;
                page?: number;
                pageSize?: number;
                providerId?: string;
                status?: "accrued" | "waived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the ledger (JSON), or every matching row (Accept: text/csv). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            accountNo: string | null;
                            /** @description ISO 8601 date-time */
                            accruedAt: string;
                            amountFen: number;
                            applicantId: string;
                            applicationId: string;
                            providerId: string;
                            stage: string;
                            /** @enum {string} */
                            status: "accrued" | "waived";
                            track: string;
                            unit: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                    "text/csv": {
                        items: ({
                            accountNo: string | null;
                            /** @description ISO 8601 date-time */
                            accruedAt: string;
                            amountFen: number;
                            applicantId: string;
                            applicationId: string;
                            providerId: string;
                            stage: string;
                            /** @enum {string} */
                            status: "accrued" | "waived";
                            track: string;
                            unit: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ComplaintsController_list: {
        parameters: {
            query?: {
                escalated?: "true" | "false";
                status?: "filed" | "acknowledged" | "awaiting-provider" | "decided" | "reopened" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The complaints the caller may see. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            acknowledgeDueAt: string;
                            category: string;
                            decideDueAt: string;
                            escalations: string[];
                            filedAt: string;
                            id: string;
                            providerId: string;
                            status: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ComplaintsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What it is about (your application, account or interruption), and what happened. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "delay" | "charges" | "service" | "supply-quality" | "interruption" | "other-matter";
                    description: string;
                    link: {
                        /** Format: uuid */
                        applicationId: string;
                        /** @enum {string} */
                        kind: "application";
                        /** @enum {string} */
                        utility: "power" | "water" | "gas" | "broadband";
                    } | {
                        accountNo: string;
                        /** @enum {string} */
                        kind: "account";
                        /** @enum {string} */
                        utility: "power" | "water" | "gas" | "broadband";
                    } | {
                        /** Format: uuid */
                        interruptionId: string;
                        /** @enum {string} */
                        kind: "interruption";
                    };
                };
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the complaint filed the first time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgeDueAt: string;
                        category: string;
                        decideDueAt: string;
                        escalations: string[];
                        filedAt: string;
                        id: string;
                        providerId: string;
                        status: string;
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Filed: the district is told, its clocks run. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgeDueAt: string;
                        category: string;
                        decideDueAt: string;
                        escalations: string[];
                        filedAt: string;
                        id: string;
                        providerId: string;
                        status: string;
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Filed, not yet readable: GET /complaints/{id} shortly. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                        id: string;
                        /** @enum {string} */
                        status: "filed";
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ComplaintsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The complaint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgeDueAt: string;
                        category: string;
                        decideDueAt: string;
                        escalations: string[];
                        filedAt: string;
                        id: string;
                        providerId: string;
                        status: string;
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ComplaintsController_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description acknowledge · request-response · decide (the district); respond (the provider asked); accept · reopen (the complainant, once). */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "acknowledge";
                } | {
                    /** @enum {string} */
                    action: "request-response";
                    question: string;
                } | {
                    /** @enum {string} */
                    action: "respond";
                    response: string;
                } | {
                    /** @enum {string} */
                    action: "decide";
                    /** @enum {string} */
                    outcome: "upheld" | "partly-upheld" | "rejected";
                    publicSummary: string;
                    reasons: string;
                    /** @default 0 */
                    remedyFen?: number;
                } | {
                    /** @enum {string} */
                    action: "accept";
                } | {
                    /** @enum {string} */
                    action: "reopen";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The complaint after the step. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgeDueAt: string;
                        category: string;
                        decideDueAt: string;
                        escalations: string[];
                        filedAt: string;
                        id: string;
                        providerId: string;
                        status: string;
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A business rule refused it, e.g. the zero-burden rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    RatingsController_rateComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A score from 1 to 5 and, if you like, a comment. */
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    score: number;
                };
            };
        };
        responses: {
            /** @description Recorded, with the follow-up it opened (if any). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        followUp: ({
                            dueAt: string;
                            late: boolean;
                            note: string | null;
                            outcome: string | null;
                            recordedAt: string | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: string;
                        ratedAt: string;
                        score: number;
                        subject: {
                            id: string;
                            kind: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ConsultationsController_list: {
        parameters: {
            query?: {
                late?: "true" | "false";
                status?: "asked" | "routed" | "answered" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultations the caller may see. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            applicationId: string | null;
                            askedAt: string;
                            closedAt: string | null;
                            companyName: string | null;
                            id: string;
                            late: string[];
                            parts: ({
                                answeredAt: string | null;
                                dueAt: string;
                                providerId: string;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            published: boolean;
                            question: string;
                            repliedAt: string | null;
                            replyDueAt: string;
                            site: {
                                address: string;
                                district: string;
                            } | null;
                            /** @enum {string} */
                            status: "asked" | "routed" | "answered" | "closed";
                            thread: ({
                                at: string;
                                dueAt?: string;
                                /** @enum {string} */
                                kind: "question" | "routed" | "answer";
                                /** @enum {string} */
                                party: "asker" | "window" | "provider";
                                providerId?: string;
                                text: string;
                                utility?: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ConsultationsController_ask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The utilities it is about, the question, and the site and business name if known. */
        requestBody: {
            content: {
                "application/json": {
                    companyName?: string;
                    question: string;
                    site?: {
                        address: string;
                        district: string;
                    };
                    utilities: ("power" | "water" | "gas" | "broadband")[];
                };
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the consultation asked the first time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string | null;
                        askedAt: string;
                        closedAt: string | null;
                        companyName: string | null;
                        id: string;
                        late: string[];
                        parts: ({
                            answeredAt: string | null;
                            dueAt: string;
                            providerId: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        published: boolean;
                        question: string;
                        repliedAt: string | null;
                        replyDueAt: string;
                        site: {
                            address: string;
                            district: string;
                        } | null;
                        /** @enum {string} */
                        status: "asked" | "routed" | "answered" | "closed";
                        thread: ({
                            at: string;
                            dueAt?: string;
                            /** @enum {string} */
                            kind: "question" | "routed" | "answer";
                            /** @enum {string} */
                            party: "asker" | "window" | "provider";
                            providerId?: string;
                            text: string;
                            utility?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Asked: the window is told, its clock runs. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string | null;
                        askedAt: string;
                        closedAt: string | null;
                        companyName: string | null;
                        id: string;
                        late: string[];
                        parts: ({
                            answeredAt: string | null;
                            dueAt: string;
                            providerId: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        published: boolean;
                        question: string;
                        repliedAt: string | null;
                        replyDueAt: string;
                        site: {
                            address: string;
                            district: string;
                        } | null;
                        /** @enum {string} */
                        status: "asked" | "routed" | "answered" | "closed";
                        thread: ({
                            at: string;
                            dueAt?: string;
                            /** @enum {string} */
                            kind: "question" | "routed" | "answer";
                            /** @enum {string} */
                            party: "asker" | "window" | "provider";
                            providerId?: string;
                            text: string;
                            utility?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Asked, not yet readable: GET /consultations/{id} shortly. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                        id: string;
                        /** @enum {string} */
                        status: "asked";
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ConsultationsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string | null;
                        askedAt: string;
                        closedAt: string | null;
                        companyName: string | null;
                        id: string;
                        late: string[];
                        parts: ({
                            answeredAt: string | null;
                            dueAt: string;
                            providerId: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        published: boolean;
                        question: string;
                        repliedAt: string | null;
                        replyDueAt: string;
                        site: {
                            address: string;
                            district: string;
                        } | null;
                        /** @enum {string} */
                        status: "asked" | "routed" | "answered" | "closed";
                        thread: ({
                            at: string;
                            dueAt?: string;
                            /** @enum {string} */
                            kind: "question" | "routed" | "answer";
                            /** @enum {string} */
                            party: "asker" | "window" | "provider";
                            providerId?: string;
                            text: string;
                            utility?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ConsultationsController_act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description answer (the window, or a provider its routed part) · route (a utility to its provider) · publish (to the FAQ). */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "answer";
                    answer: string;
                } | {
                    /** @enum {string} */
                    action: "route";
                    note: string;
                    /** @enum {string} */
                    utility: "power" | "water" | "gas" | "broadband";
                } | {
                    /** @enum {string} */
                    action: "publish";
                    answer: string;
                    question: string;
                };
            };
        };
        responses: {
            /** @description The consultation after the step. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string | null;
                        askedAt: string;
                        closedAt: string | null;
                        companyName: string | null;
                        id: string;
                        late: string[];
                        parts: ({
                            answeredAt: string | null;
                            dueAt: string;
                            providerId: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        published: boolean;
                        question: string;
                        repliedAt: string | null;
                        replyDueAt: string;
                        site: {
                            address: string;
                            district: string;
                        } | null;
                        /** @enum {string} */
                        status: "asked" | "routed" | "answered" | "closed";
                        thread: ({
                            at: string;
                            dueAt?: string;
                            /** @enum {string} */
                            kind: "question" | "routed" | "answer";
                            /** @enum {string} */
                            party: "asker" | "window" | "provider";
                            providerId?: string;
                            text: string;
                            utility?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A business rule refused it, e.g. the zero-burden rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ConsultationApplicationController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The one form, completed: validated like any application. */
        requestBody: {
            content: {
                "application/json": {
                    applicant: {
                        companyName: string;
                        contactName: string;
                        creditCode: string;
                        /** Format: email */
                        email?: string;
                        mobile: string;
                    };
                    documents?: {
                        filename?: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "business-licence" | "property-proof" | "site-plan" | "load-list" | "agent-authorisation" | "other";
                        mediaType?: string;
                        sha256?: string;
                        size?: number;
                    }[];
                    services: {
                        broadband?: {
                            bandwidthMbps: number;
                            /** @enum {string} */
                            carrier: "china-telecom" | "china-unicom" | "china-mobile" | "china-broadnet";
                        };
                        gas?: {
                            hourlyUseM3: number;
                            /** @default false */
                            smallStandardized?: boolean;
                        };
                        power?: {
                            capacityKva: number;
                            /**
                             * @default single
                             * @enum {string}
                             */
                            supply?: "single" | "dual";
                            /** @enum {string} */
                            voltage: "220V" | "380V" | "10kV" | "35kV" | "110kV";
                        };
                        water?: {
                            dailyUseM3: number;
                            pipeDiameterMm: number;
                        };
                    };
                    site: {
                        address: string;
                        coordinates?: {
                            lat: number;
                            lng: number;
                        };
                        district: string;
                    };
                };
            };
        };
        responses: {
            /** @description A retry: the application submitted the first time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        applicantId: string;
                        breaches: ({
                            accruedFen: number;
                            applicationId: string;
                            /** @description ISO 8601 date-time */
                            breachedAt: string;
                            compensable: boolean;
                            /** @description ISO 8601 date-time */
                            dueAt: string;
                            id: string;
                            party: {
                                id: string | null;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            reviewStatus: "open" | "upheld" | "waived";
                            stage: string;
                            track: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        catalogVersion: number;
                        companyName: string;
                        compensation: {
                            accruedFen: number;
                        } & {
                            [key: string]: unknown;
                        };
                        form: {
                            [key: string]: unknown;
                        };
                        id: string;
                        joint: {
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        number: string | null;
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        surveyAppointmentAt: string | null;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        applicantId: string;
                        catalogVersion: number;
                        companyName: string;
                        contact: {
                            companyName: string;
                            contactName: string;
                            mobile: string;
                        } & {
                            [key: string]: unknown;
                        };
                        id: string;
                        number: string | null;
                        requests: {
                            [key: string]: unknown;
                        };
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        companyName: string;
                        id: string;
                        number: string | null;
                        permits: ({
                            id: string;
                            permitStatus: string | null;
                            providerId: string;
                            stage: {
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description The application, submitted; the consultation now links to it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        applicantId: string;
                        breaches: ({
                            accruedFen: number;
                            applicationId: string;
                            /** @description ISO 8601 date-time */
                            breachedAt: string;
                            compensable: boolean;
                            /** @description ISO 8601 date-time */
                            dueAt: string;
                            id: string;
                            party: {
                                id: string | null;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            reviewStatus: "open" | "upheld" | "waived";
                            stage: string;
                            track: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        catalogVersion: number;
                        companyName: string;
                        compensation: {
                            accruedFen: number;
                        } & {
                            [key: string]: unknown;
                        };
                        form: {
                            [key: string]: unknown;
                        };
                        id: string;
                        joint: {
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        number: string | null;
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        surveyAppointmentAt: string | null;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        applicantId: string;
                        catalogVersion: number;
                        companyName: string;
                        contact: {
                            companyName: string;
                            contactName: string;
                            mobile: string;
                        } & {
                            [key: string]: unknown;
                        };
                        id: string;
                        number: string | null;
                        requests: {
                            [key: string]: unknown;
                        };
                        services: ({
                            accountId: string | null;
                            applicantPaysFen: number | null;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string;
                            compensation: {
                                accruedFen: number;
                                entries: ({
                                    accountNo: string | null;
                                    /** @description ISO 8601 date-time */
                                    accruedAt: string;
                                    amountFen: number;
                                    applicantId: string;
                                    applicationId: string;
                                    providerId: string;
                                    stage: string;
                                    /** @enum {string} */
                                    status: "accrued" | "waived";
                                    track: string;
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            currentStage: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            permitStatus: string | null;
                            phase: string;
                            providerId: string;
                            stages: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            total: ({
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                        /** @description ISO 8601 date-time */
                        submittedAt: string;
                        /** @description ISO 8601 date-time */
                        updatedAt: string;
                        utilities: string[];
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        companyName: string;
                        id: string;
                        number: string | null;
                        permits: ({
                            id: string;
                            permitStatus: string | null;
                            providerId: string;
                            stage: {
                                beyondKnownCalendar: boolean;
                                /** @description ISO 8601 date-time */
                                completedAt: string | null;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                limit: {
                                    amount: number;
                                    unit: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                pausedMs: number;
                                /** @description ISO 8601 date-time */
                                pausedSince: string | null;
                                pauses: ({
                                    /** @description ISO 8601 date-time */
                                    from: string;
                                    reason: string;
                                    /** @description ISO 8601 date-time */
                                    to: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** @enum {string} */
                                slaState: "on_track" | "warning" | "breached";
                                stage: string;
                                /** @description ISO 8601 date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "paused" | "done" | "cancelled";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        site: {
                            [key: string]: unknown;
                        };
                        status: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ConsultationApplicationController_prefill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the form starts with. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicant: {
                            companyName?: string;
                        };
                        site: {
                            address?: string;
                            district?: string;
                        };
                        utilities: string[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    DevLoginController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    agency?: "road-authority" | "traffic-police";
                    /** @default  */
                    name?: string;
                    provider?: string;
                    /** @enum {string} */
                    role: "applicant" | "window" | "staff" | "agency" | "admin";
                    sub: string;
                };
            };
        };
        responses: {
            /** @description A signed development token and the principal it carries. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        principal: {
                            [key: string]: unknown;
                        };
                        token: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DocumentsController_upload: {
        parameters: {
            query: {
                filename: string;
                kind: "business-licence" | "property-proof" | "site-plan" | "load-list" | "agent-authorisation" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored; the SHA-256 of its content is what the events will record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        filename: string;
                        id: string;
                        kind: string;
                        mediaType: string;
                        sha256: string;
                        size: number;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (1 MB of JSON; 20 MB for a document), with the limit in the error. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description A file whose content is not a type taken (PDF, JPEG, PNG): the error says what it is. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    DocumentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    FollowUpsController_list: {
        parameters: {
            query?: {
                status?: "open" | "recorded" | "late";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The follow-ups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            followUp: ({
                                dueAt: string;
                                late: boolean;
                                note: string | null;
                                outcome: string | null;
                                recordedAt: string | null;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            id: string;
                            ratedAt: string;
                            score: number;
                            subject: {
                                id: string;
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    FollowUpsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description What came of the call: resolved, explained, unresolved or unreachable, and a note. */
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    /** @enum {string} */
                    outcome: "resolved" | "explained" | "unresolved" | "unreachable";
                };
            };
        };
        responses: {
            /** @description The follow-up, recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        followUp: ({
                            dueAt: string;
                            late: boolean;
                            note: string | null;
                            outcome: string | null;
                            recordedAt: string | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: string;
                        ratedAt: string;
                        score: number;
                        subject: {
                            id: string;
                            kind: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    InterruptionsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                providerId?: string;
                status?: "open" | "restored" | "closed";
                utility?: "power" | "water" | "gas" | "broadband";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            accounts: number;
                            compensationFen: number;
                            endedAt: string | null;
                            id: string;
                            kind: string;
                            planned: boolean;
                            providerId: string;
                            reference: string;
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "restored" | "closed";
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    InterruptionsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An interruption or insufficient supply, with the accounts or area it affects. */
        requestBody: {
            content: {
                "application/json": {
                    area: {
                        accountNos: string[];
                        /** @enum {string} */
                        kind: "accounts";
                    } | {
                        address: string;
                        district: string;
                        /** @enum {string} */
                        kind: "site";
                    } | {
                        /** @enum {string} */
                        kind: "zone";
                        zoneId: string;
                    };
                    /** Format: date-time */
                    arrivedAt?: string;
                    /** @default  */
                    cause?: string;
                    /** Format: date-time */
                    endedAt?: string;
                    /**
                     * @default interruption
                     * @enum {string}
                     */
                    kind?: "interruption" | "insufficient-supply";
                    measured?: {
                        value: number;
                    };
                    /** Format: date-time */
                    noticedAt?: string;
                    /** @default false */
                    planned?: boolean;
                    /** Format: date-time */
                    plannedEndAt?: string;
                    reference: string;
                    /** Format: date-time */
                    startedAt: string;
                    /** @enum {string} */
                    utility: "power" | "water" | "gas" | "broadband";
                };
            };
        };
        responses: {
            /** @description Recorded: its clocks run and compensation is booked automatically. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        clocks: ({
                            dueAt: string;
                            slaState: string;
                            stage: string;
                            status: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensation: ({
                            accountNo: string;
                            bookings: number;
                            fen: number;
                            stage: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensationFen: number;
                        endedAt: string | null;
                        id: string;
                        kind: string;
                        planned: boolean;
                        providerId: string;
                        reference: string;
                        startedAt: string;
                        /** @enum {string} */
                        status: "open" | "restored" | "closed";
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    InterruptionsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interruption. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        clocks: ({
                            dueAt: string;
                            slaState: string;
                            stage: string;
                            status: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensation: ({
                            accountNo: string;
                            bookings: number;
                            fen: number;
                            stage: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensationFen: number;
                        endedAt: string | null;
                        id: string;
                        kind: string;
                        planned: boolean;
                        providerId: string;
                        reference: string;
                        startedAt: string;
                        /** @enum {string} */
                        status: "open" | "restored" | "closed";
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    InterruptionsController_arrival: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description When the repair crew reached the site. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    arrivedAt: string;
                };
            };
        };
        responses: {
            /** @description The interruption. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        clocks: ({
                            dueAt: string;
                            slaState: string;
                            stage: string;
                            status: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensation: ({
                            accountNo: string;
                            bookings: number;
                            fen: number;
                            stage: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensationFen: number;
                        endedAt: string | null;
                        id: string;
                        kind: string;
                        planned: boolean;
                        providerId: string;
                        reference: string;
                        startedAt: string;
                        /** @enum {string} */
                        status: "open" | "restored" | "closed";
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    RatingsController_rateInterruption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A score from 1 to 5 and, if you like, a comment. */
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    score: number;
                };
            };
        };
        responses: {
            /** @description Recorded, with the follow-up it opened (if any). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        followUp: ({
                            dueAt: string;
                            late: boolean;
                            note: string | null;
                            outcome: string | null;
                            recordedAt: string | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: string;
                        ratedAt: string;
                        score: number;
                        subject: {
                            id: string;
                            kind: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    InterruptionsController_restoration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description When supply came back; sent again with another time, a correction. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    endedAt: string;
                };
            };
        };
        responses: {
            /** @description The interruption after settling. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        clocks: ({
                            dueAt: string;
                            slaState: string;
                            stage: string;
                            status: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensation: ({
                            accountNo: string;
                            bookings: number;
                            fen: number;
                            stage: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        compensationFen: number;
                        endedAt: string | null;
                        id: string;
                        kind: string;
                        planned: boolean;
                        providerId: string;
                        reference: string;
                        startedAt: string;
                        /** @enum {string} */
                        status: "open" | "restored" | "closed";
                        utility: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    InterruptionExplanationsController_explain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stage: "notice" | "arrival" | "restoration";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The explanation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: ({
                            accountNo: string;
                            arithmetic: {
                                en: string;
                                zh: string;
                            };
                            bookings: ({
                                amountFen: number;
                                at: string;
                                /** @enum {string} */
                                booking: "payment" | "top-up" | "reversal";
                                minutes: number;
                                owedFen: number;
                                unit: number;
                                waived: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                            customerId: string;
                            minutes: number;
                            netFen: number;
                            owedFen: number;
                            rule: {
                                kind: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        clock?: {
                            beyondKnownCalendar: boolean;
                            breach?: {
                                at: string;
                                dueAt: string;
                            } & {
                                [key: string]: unknown;
                            };
                            catalogVersion?: number;
                            compensation?: {
                                accruedFen: number;
                                netFen: number;
                                rule: {
                                    capFen: number;
                                    fixedFen: number;
                                    perUnitFen: number;
                                    /** @enum {string} */
                                    unit: "workingDays" | "calendarDays" | "hours" | "minutes";
                                } & {
                                    [key: string]: unknown;
                                };
                                units: ({
                                    at: string;
                                    lateDay?: string;
                                    paidFen: number;
                                    ruleFen: number;
                                    /** @enum {string} */
                                    status: "paid" | "paid-elsewhere" | "waived" | "due-later" | "not-reached";
                                    unit: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                waivedFen: number;
                            } & {
                                [key: string]: unknown;
                            };
                            days: ({
                                adjusted?: boolean;
                                assumed: boolean;
                                date: string;
                                /** @enum {string} */
                                kind: "start" | "counted" | "weekend" | "holiday" | "paused";
                                n?: number;
                                name?: {
                                    en: string;
                                    zh: string;
                                };
                                pausedMs: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            dueAt: string;
                            givenBackMs: number;
                            limit: {
                                amount: number;
                                /** @enum {string} */
                                unit: "workingDays" | "calendarDays" | "hours" | "minutes";
                            };
                            matchesRecorded: boolean;
                            moves: ({
                                at: string;
                                dueAt: string;
                                reason?: string;
                                /** @enum {string} */
                                why: "started" | "resumed" | "calendar";
                            } & {
                                [key: string]: unknown;
                            })[];
                            pauses: ({
                                from: string;
                                givenBackMs: number;
                                reason: string;
                                to?: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            recordedDueAt: string;
                            runs: number;
                            stage: string;
                            startedAt: string;
                            /** @enum {string} */
                            state: "running" | "stopped" | "done-on-time" | "done-late" | "cancelled";
                            stoppedSince?: string;
                            text: {
                                en: string[];
                                zh: string[];
                            };
                            track: string;
                        } & {
                            [key: string]: unknown;
                        };
                        interruptionId: string;
                        notice?: {
                            fen: number;
                            noticedAt: string | null;
                            noticeMinutes: number;
                            startsAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        stage: "notice" | "arrival" | "restoration";
                        text: {
                            en: string[];
                            zh: string[];
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    KpisController_kpis: {
        parameters: {
            query?: {
                excludeMajorEventDays?: "true" | "false";
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Volumes, on-time rates, breaches, compensation, satisfaction and supply reliability. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applications: {
                            byStatus: {
                                [key: string]: number;
                            };
                            total: number;
                        } & {
                            [key: string]: unknown;
                        };
                        breaches: {
                            [key: string]: number;
                        };
                        compensation: {
                            accruedFen: number;
                            waivedFen: number;
                        } & {
                            [key: string]: unknown;
                        };
                        reliability: ({
                            all: {
                                caidiMinutes: number | null;
                                saidiMinutes: number;
                                saifi: number;
                            } & {
                                [key: string]: unknown;
                            };
                            customersServed: number;
                            month: string;
                            noticeOnTimeRate: number | null;
                            providerId: string;
                            restorationOnTimeRate: number | null;
                            unplanned: {
                                caidiMinutes: number | null;
                                saidiMinutes: number;
                                saifi: number;
                            } & {
                                [key: string]: unknown;
                            };
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        satisfaction: {
                            average: number | null;
                            belowTarget: boolean | null;
                            byProvider: ({
                                belowTarget: boolean | null;
                                providerId: string;
                                rate: number | null;
                                ratings: number;
                                satisfied: number;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            bySource: ({
                                belowTarget: boolean | null;
                                rate: number | null;
                                ratings: number;
                                satisfied: number;
                                /** @enum {string} */
                                source: "application" | "complaint" | "interruption";
                            } & {
                                [key: string]: unknown;
                            })[];
                            byUtility: ({
                                belowTarget: boolean | null;
                                rate: number | null;
                                ratings: number;
                                satisfied: number;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            count: number;
                            minimumCount: number;
                            rate: number | null;
                            satisfied: number;
                            target: number;
                        } & {
                            [key: string]: unknown;
                        };
                        utilities: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    LivedInterruptionsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your interruptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            accountNos: string[];
                            endedAt: string | null;
                            id: string;
                            kind: string;
                            planned: boolean;
                            providerId: string;
                            rating: ({
                                ratedAt: string;
                                score: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            startedAt: string;
                            /** @enum {string} */
                            utility: "power" | "water" | "gas" | "broadband";
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    NetworksController_segments: {
        parameters: {
            query: {
                asOf?: string;
                bbox: string;
                providerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segments in the box. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        features: ({
                            geometry: {
                                /** @enum {string} */
                                type: "LineString" | "MultiLineString";
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            properties: {
                                providerId: string;
                                /** @enum {string} */
                                utility: "power" | "water" | "gas" | "broadband";
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "Feature";
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        type: "FeatureCollection";
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    NetworksController_upload: {
        parameters: {
            query?: {
                coordinateSystem?: "WGS84" | "CGCS2000" | "GCJ-02";
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        /** @description A GeoJSON FeatureCollection of LineString/MultiLineString features (each with an id and the attributes in properties; "coordinateSystem": WGS84, CGCS2000 or GCJ-02), or a CSV whose first line is id,wkt,utility,kind,material,diameter_mm,voltage_kv,pressure_class,depth_m,year_laid,owner,status. At most 50 MB. */
        requestBody: {
            content: {
                "application/geo+json": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Recorded (or unchanged: the version stays). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                        changed: number;
                        providerId: string;
                        removed: number;
                        unchanged: number;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (1 MB of JSON; 20 MB for a document), with the limit in the error. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    NetworksController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            added: number;
                            at: string;
                            by: string;
                            changed: number;
                            removed: number;
                            source: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the caller’s notifications, newest first, each with the application it is about; `unread` counts all the caller has not read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            applicationId: string;
                            /** @description The application it is about (JD-2026-000123), if any. */
                            applicationNumber: string | null;
                            companyName: string | null;
                            /** @description ISO 8601 date-time */
                            createdAt: string;
                            id: string;
                            kind: string;
                            message: string;
                            messageZh: string;
                            read: boolean;
                            recipientId: string | null;
                            recipientKind: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                        unread: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read; the caller’s unread count after it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        unread: number;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Optional: the newest notification the caller saw (`createdAt`); one that arrived after it stays unread. Without a body, everything up to now. */
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    through?: string;
                };
            };
        };
        responses: {
            /** @description The caller’s unread count after it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    PermitsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The agency comes from the token. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The decision’s result and the application as the agency sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: ({
                            applicantId: string;
                            breaches: ({
                                accruedFen: number;
                                applicationId: string;
                                /** @description ISO 8601 date-time */
                                breachedAt: string;
                                compensable: boolean;
                                /** @description ISO 8601 date-time */
                                dueAt: string;
                                id: string;
                                party: {
                                    id: string | null;
                                    kind: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                reviewStatus: "open" | "upheld" | "waived";
                                stage: string;
                                track: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            catalogVersion: number;
                            companyName: string;
                            compensation: {
                                accruedFen: number;
                            } & {
                                [key: string]: unknown;
                            };
                            form: {
                                [key: string]: unknown;
                            };
                            id: string;
                            joint: {
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            number: string | null;
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            surveyAppointmentAt: string | null;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            applicantId: string;
                            catalogVersion: number;
                            companyName: string;
                            contact: {
                                companyName: string;
                                contactName: string;
                                mobile: string;
                            } & {
                                [key: string]: unknown;
                            };
                            id: string;
                            number: string | null;
                            requests: {
                                [key: string]: unknown;
                            };
                            services: ({
                                accountId: string | null;
                                applicantPaysFen: number | null;
                                breaches: ({
                                    accruedFen: number;
                                    applicationId: string;
                                    /** @description ISO 8601 date-time */
                                    breachedAt: string;
                                    compensable: boolean;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    id: string;
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    reviewStatus: "open" | "upheld" | "waived";
                                    stage: string;
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                category: string;
                                compensation: {
                                    accruedFen: number;
                                    entries: ({
                                        accountNo: string | null;
                                        /** @description ISO 8601 date-time */
                                        accruedAt: string;
                                        amountFen: number;
                                        applicantId: string;
                                        applicationId: string;
                                        providerId: string;
                                        stage: string;
                                        /** @enum {string} */
                                        status: "accrued" | "waived";
                                        track: string;
                                        unit: number;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                currentStage: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                permitStatus: string | null;
                                phase: string;
                                providerId: string;
                                stages: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total: ({
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            /** @description ISO 8601 date-time */
                            updatedAt: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            companyName: string;
                            id: string;
                            number: string | null;
                            permits: ({
                                id: string;
                                permitStatus: string | null;
                                providerId: string;
                                stage: {
                                    beyondKnownCalendar: boolean;
                                    /** @description ISO 8601 date-time */
                                    completedAt: string | null;
                                    /** @description ISO 8601 date-time */
                                    dueAt: string;
                                    limit: {
                                        amount: number;
                                        unit: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    party: {
                                        id: string | null;
                                        kind: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    pausedMs: number;
                                    /** @description ISO 8601 date-time */
                                    pausedSince: string | null;
                                    pauses: ({
                                        /** @description ISO 8601 date-time */
                                        from: string;
                                        reason: string;
                                        /** @description ISO 8601 date-time */
                                        to: string | null;
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                    /** @enum {string} */
                                    slaState: "on_track" | "warning" | "breached";
                                    stage: string;
                                    /** @description ISO 8601 date-time */
                                    startedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "paused" | "done" | "cancelled";
                                    track: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                utility: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            site: {
                                [key: string]: unknown;
                            };
                            status: string;
                        } & {
                            [key: string]: unknown;
                        });
                        result: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ComplaintDisclosureController_list: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                month?: string;
                utility?: "power" | "water" | "gas" | "broadband";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disclosed complaints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            category: string;
                            escalated: boolean;
                            id: string;
                            month: string;
                            outcome: string;
                            provider: {
                                id: string;
                                name: string;
                                nameZh: string;
                            } & {
                                [key: string]: unknown;
                            };
                            remedyFen: number;
                            summary: string;
                            utility: string;
                            workingDaysToAcknowledge: number | null;
                            workingDaysToDecide: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                    "text/csv": {
                        items: ({
                            category: string;
                            escalated: boolean;
                            id: string;
                            month: string;
                            outcome: string;
                            provider: {
                                id: string;
                                name: string;
                                nameZh: string;
                            } & {
                                [key: string]: unknown;
                            };
                            remedyFen: number;
                            summary: string;
                            utility: string;
                            workingDaysToAcknowledge: number | null;
                            workingDaysToDecide: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    FaqController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                utility?: "power" | "water" | "gas" | "broadband";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the FAQ. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            answer: string;
                            id: string;
                            publishedAt: string;
                            question: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    QualityController_published: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month, provider by provider (submitted or not). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        providers: ({
                            figures: {
                                [key: string]: number;
                            } | null;
                            providerId: string;
                            /** @enum {string} */
                            status: "submitted" | "due" | "missed";
                            submitted: boolean;
                            trend: {
                                [key: string]: ({
                                    month: string;
                                    value: number | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            };
                            /** @enum {string} */
                            utility: "power" | "water" | "gas" | "broadband";
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ReportsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every published report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        correctedBy: string | null;
                        corrects: string | null;
                        id: string;
                        month: string;
                        producedAt: string;
                        producedFor: string;
                        reason: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
        };
    };
    ReportsController_one: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as published. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "text/csv": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    SatisfactionController_get: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rates, each flagged when below the target. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byProvider: ({
                            belowTarget: boolean | null;
                            providerId: string;
                            rate: number | null;
                            ratings: number;
                            satisfied: number;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        bySource: ({
                            belowTarget: boolean | null;
                            rate: number | null;
                            ratings: number;
                            satisfied: number;
                            /** @enum {string} */
                            source: "application" | "complaint" | "interruption";
                        } & {
                            [key: string]: unknown;
                        })[];
                        byUtility: ({
                            belowTarget: boolean | null;
                            rate: number | null;
                            ratings: number;
                            satisfied: number;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        from: string | null;
                        minimumCount: number;
                        overall: {
                            belowTarget: boolean | null;
                            rate: number | null;
                            ratings: number;
                            satisfied: number;
                        } & {
                            [key: string]: unknown;
                        };
                        target: number;
                        to: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    TariffNoticesController_list: {
        parameters: {
            query?: {
                status?: "upcoming" | "in-force" | "withdrawn";
                utility?: "power" | "water" | "gas" | "broadband";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            accounts: number;
                            area: {
                                [key: string]: unknown;
                            };
                            customerTypes: string[];
                            effectiveDate: string;
                            holders: number;
                            id: string;
                            provider: {
                                id: string;
                                name: string;
                                nameZh: string;
                            } & {
                                [key: string]: unknown;
                            };
                            publishedAt: string;
                            reference: string;
                            remindedAt: string | null;
                            /** @enum {string} */
                            status: "upcoming" | "in-force" | "withdrawn";
                            summary: string;
                            summaryZh: string;
                            title: string;
                            titleZh: string;
                            utility: string;
                            withdrawal: ({
                                at: string;
                                reason: string;
                                reasonZh: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        today: string;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    TariffNoticesController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        area: {
                            [key: string]: unknown;
                        };
                        customerTypes: string[];
                        effectiveDate: string;
                        holders: number;
                        id: string;
                        provider: {
                            id: string;
                            name: string;
                            nameZh: string;
                        } & {
                            [key: string]: unknown;
                        };
                        publishedAt: string;
                        reference: string;
                        remindedAt: string | null;
                        /** @enum {string} */
                        status: "upcoming" | "in-force" | "withdrawn";
                        summary: string;
                        summaryZh: string;
                        title: string;
                        titleZh: string;
                        utility: string;
                        withdrawal: ({
                            at: string;
                            reason: string;
                            reasonZh: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    QualityController_submitCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CSV, one figure a line; first line: provider_id,month,metric,value; at most 5 000 lines */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Every month in the file recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submitted: ({
                            month: string;
                            providerId: string;
                            utility: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than allowed (1 MB of JSON; 20 MB for a document), with the limit in the error. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    QualityController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
                providerId: string;
            };
            cookie?: never;
        };
        /** @description The month's figures of the provider's utility, e.g. power: voltagePassRatePct, lineLossRatePct, renewableSharePct. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: number;
                };
            };
        };
        responses: {
            /** @description Recorded: the month now shows these figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        providerId: string;
                        utility: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReliabilityPlansController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every plan, newest year first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        actual: {
                            [key: string]: number;
                        } | null;
                        assessedAt: string | null;
                        missed: string[] | null;
                        penaltyFen: number | null;
                        plan: {
                            [key: string]: unknown;
                        };
                        providerId: string;
                        utility: string;
                        year: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ReliabilityPlansController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                year: number;
            };
            cookie?: never;
        };
        /** @description Targets for the year and the penalty rule for missing them. */
        requestBody: {
            content: {
                "application/json": {
                    onTimeRestorationPct: number;
                    penalty: {
                        capFen: number;
                        perOnTimePointFen: number;
                        perSaidiMinuteFen: number;
                        perSaifiHundredthFen: number;
                    };
                    saidiMinutes: number;
                    saifi: number;
                    /** @enum {string} */
                    utility: "power" | "water" | "gas" | "broadband";
                };
            };
        };
        responses: {
            /** @description The plan as set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actual: {
                            [key: string]: number;
                        } | null;
                        assessedAt: string | null;
                        missed: string[] | null;
                        penaltyFen: number | null;
                        plan: {
                            [key: string]: unknown;
                        };
                        providerId: string;
                        utility: string;
                        year: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ReliabilityPlansController_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan with its assessment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actual: {
                            [key: string]: number;
                        } | null;
                        assessedAt: string | null;
                        missed: string[] | null;
                        penaltyFen: number | null;
                        plan: {
                            [key: string]: unknown;
                        };
                        providerId: string;
                        utility: string;
                        year: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ReportsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The correction. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        correctedBy: string | null;
                        corrects: string | null;
                        id: string;
                        month: string;
                        producedAt: string;
                        producedFor: string;
                        reason: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    TariffNoticesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The change: what, from which day, for which customer types and area. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default {
                     *       "kind": "all"
                     *     }
                     */
                    area?: {
                        /** @enum {string} */
                        kind: "all";
                    } | {
                        districts: string[];
                        /** @enum {string} */
                        kind: "districts";
                    } | {
                        /** @enum {string} */
                        kind: "zone";
                        zoneId: string;
                    };
                    customerTypes: ("business" | "residential")[];
                    /**
                     * Format: date
                     * @example 2027-01-06
                     */
                    effectiveDate: string;
                    providerId?: string;
                    reference: string;
                    summary: string;
                    summaryZh: string;
                    title: string;
                    titleZh: string;
                    /** @enum {string} */
                    utility: "power" | "water" | "gas" | "broadband";
                };
            };
        };
        responses: {
            /** @description The same reference with the same content again: the notice already published. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        area: {
                            [key: string]: unknown;
                        };
                        customerTypes: string[];
                        effectiveDate: string;
                        holders: number;
                        id: string;
                        provider: {
                            id: string;
                            name: string;
                            nameZh: string;
                        } & {
                            [key: string]: unknown;
                        };
                        publishedAt: string;
                        reference: string;
                        remindedAt: string | null;
                        /** @enum {string} */
                        status: "upcoming" | "in-force" | "withdrawn";
                        summary: string;
                        summaryZh: string;
                        title: string;
                        titleZh: string;
                        utility: string;
                        withdrawal: ({
                            at: string;
                            reason: string;
                            reasonZh: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Published: how many accounts and holders were told. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        area: {
                            [key: string]: unknown;
                        };
                        customerTypes: string[];
                        effectiveDate: string;
                        holders: number;
                        id: string;
                        provider: {
                            id: string;
                            name: string;
                            nameZh: string;
                        } & {
                            [key: string]: unknown;
                        };
                        publishedAt: string;
                        reference: string;
                        remindedAt: string | null;
                        /** @enum {string} */
                        status: "upcoming" | "in-force" | "withdrawn";
                        summary: string;
                        summaryZh: string;
                        title: string;
                        titleZh: string;
                        utility: string;
                        withdrawal: ({
                            at: string;
                            reason: string;
                            reasonZh: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A business rule refused it, e.g. the zero-burden rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    TariffNoticesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Why the change will not happen, in Chinese and English (published). */
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    reasonZh: string;
                };
            };
        };
        responses: {
            /** @description Withdrawn: the notice with its withdrawal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: number;
                        area: {
                            [key: string]: unknown;
                        };
                        customerTypes: string[];
                        effectiveDate: string;
                        holders: number;
                        id: string;
                        provider: {
                            id: string;
                            name: string;
                            nameZh: string;
                        } & {
                            [key: string]: unknown;
                        };
                        publishedAt: string;
                        reference: string;
                        remindedAt: string | null;
                        /** @enum {string} */
                        status: "upcoming" | "in-force" | "withdrawn";
                        summary: string;
                        summaryZh: string;
                        title: string;
                        titleZh: string;
                        utility: string;
                        withdrawal: ({
                            at: string;
                            reason: string;
                            reasonZh: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A business rule refused it, e.g. the zero-burden rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    TasksController_tasks: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of open stages of the caller, nearest deadline first; `total` counts up to 10 000 (`totalIsAtLeast` when there are more). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            applicationId: string;
                            applicationNumber: string | null;
                            companyName: string;
                            /** @description ISO 8601 date-time */
                            dueAt: string;
                            pausedMs: number;
                            /** @description ISO 8601 date-time */
                            pausedSince: string | null;
                            permitId?: string;
                            slaState: string;
                            stage: string;
                            /** @description ISO 8601 date-time */
                            startedAt: string;
                            status: string;
                            /** @description ISO 8601 date-time */
                            submittedAt: string;
                            track: string;
                            utilities: string[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                        totalIsAtLeast: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    CodecController_decode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payloads: {
                        data?: string;
                        metadata?: {
                            [key: string]: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The payloads decoded; ones the codec did not encode come back as they were. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payloads: {
                            data?: string;
                            metadata?: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CodecController_encode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payloads: {
                        data?: string;
                        metadata?: {
                            [key: string]: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The payloads encrypted under the current key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payloads: {
                            data?: string;
                            metadata?: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WhatIfController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            changedCount: number;
                            done: number;
                            finishedAt: string | null;
                            id: string;
                            percent: number;
                            periodFrom: string;
                            periodTo: string;
                            requestedAt: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "running" | "done" | "cancelled" | "failed";
                            total: number;
                            until: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    WhatIfController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    draft: {
                        compensation: {
                            rule: {
                                capFen: number;
                                fixedFen: number;
                                perUnitFen: number;
                                /** @enum {string} */
                                unit: "workingDays" | "calendarDays" | "hours" | "minutes";
                            };
                            /** @enum {string} */
                            scope: "power" | "water" | "gas" | "broadband";
                            /** @enum {string} */
                            stage: "survey" | "plan" | "construction" | "connection" | "total";
                        }[];
                        consultation?: {
                            openDays: number;
                            providerDays: number;
                            windowDays: number;
                        };
                        documents?: {
                            categories?: ("low-voltage-non-residential" | "high-voltage-single" | "high-voltage-dual" | "water-standard" | "gas-small-standardized" | "gas-standard" | "broadband-standard")[];
                            /** @enum {string} */
                            kind: "business-licence" | "property-proof" | "site-plan" | "load-list" | "agent-authorisation" | "other";
                            utilities: "*" | ("power" | "water" | "gas" | "broadband")[];
                        }[];
                        /** Format: date-time */
                        effectiveFrom: string;
                        limits: {
                            approveWhenDue?: boolean;
                            category: string;
                            limit: {
                                amount: number;
                                /** @enum {string} */
                                unit: "workingDays";
                            } | {
                                amount: number;
                                /** @enum {string} */
                                unit: "calendarDays";
                            } | {
                                amount: number;
                                /** @enum {string} */
                                unit: "hours";
                            } | {
                                amount: number;
                                /** @enum {string} */
                                unit: "minutes";
                            };
                            /** @enum {string} */
                            scope: "joint" | "power" | "water" | "gas" | "broadband" | "road-authority" | "traffic-police";
                            /** @enum {string} */
                            stage: "acceptance" | "survey-scheduling" | "survey" | "plan" | "construction" | "connection" | "total" | "road-permit";
                        }[];
                        /** @default  */
                        notes?: string;
                        providers: {
                            broadband: {
                                id: string;
                                name: string;
                                nameZh?: string;
                            };
                            gas: {
                                id: string;
                                name: string;
                                nameZh?: string;
                            };
                            power: {
                                id: string;
                                name: string;
                                nameZh?: string;
                            };
                            water: {
                                id: string;
                                name: string;
                                nameZh?: string;
                            };
                        };
                        service?: {
                            correctionDays: number;
                            defaultEnergyFenPerKwh: {
                                "single-part": number;
                                "two-part": number;
                            };
                            defaultLoadFactor: number;
                            tariffNoticeDays?: number;
                            utilities: {
                                broadband: {
                                    arrivalMinutes: number;
                                    insufficient: {
                                        rectificationMinutes: number;
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        };
                                        threshold: {
                                            basis: string;
                                            max?: number;
                                            min?: number;
                                            /** @enum {string} */
                                            quantity: "rate-pct-of-contracted";
                                        };
                                    };
                                    interruption: {
                                        /** @enum {string} */
                                        customerType: "business" | "residential" | "*";
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        } | {
                                            /** @enum {string} */
                                            kind: "consumption";
                                            singlePartMultiple: number;
                                            twoPartMultiple: number;
                                        };
                                    }[];
                                    notice: {
                                        fen: number;
                                        noticeMinutes: number;
                                    };
                                    restorationMinutes: number;
                                };
                                gas: {
                                    arrivalMinutes: number;
                                    insufficient: {
                                        rectificationMinutes: number;
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        };
                                        threshold: {
                                            basis: string;
                                            max?: number;
                                            min?: number;
                                            /** @enum {string} */
                                            quantity: "pressure-kpa";
                                        };
                                    };
                                    interruption: {
                                        /** @enum {string} */
                                        customerType: "business" | "residential" | "*";
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        } | {
                                            /** @enum {string} */
                                            kind: "consumption";
                                            singlePartMultiple: number;
                                            twoPartMultiple: number;
                                        };
                                    }[];
                                    notice: {
                                        fen: number;
                                        noticeMinutes: number;
                                    };
                                    restorationMinutes: number;
                                };
                                power: {
                                    arrivalMinutes: number;
                                    insufficient: {
                                        rectificationMinutes: number;
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        };
                                        threshold: {
                                            basis: string;
                                            max?: number;
                                            min?: number;
                                            /** @enum {string} */
                                            quantity: "voltage-deviation-pct";
                                        };
                                    };
                                    interruption: {
                                        /** @enum {string} */
                                        customerType: "business" | "residential" | "*";
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        } | {
                                            /** @enum {string} */
                                            kind: "consumption";
                                            singlePartMultiple: number;
                                            twoPartMultiple: number;
                                        };
                                    }[];
                                    notice: {
                                        fen: number;
                                        noticeMinutes: number;
                                    };
                                    restorationMinutes: number;
                                };
                                water: {
                                    arrivalMinutes: number;
                                    insufficient: {
                                        rectificationMinutes: number;
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        };
                                        threshold: {
                                            basis: string;
                                            max?: number;
                                            min?: number;
                                            /** @enum {string} */
                                            quantity: "pressure-mpa";
                                        };
                                    };
                                    interruption: {
                                        /** @enum {string} */
                                        customerType: "business" | "residential" | "*";
                                        rule: {
                                            capFen: number;
                                            everyMinutes: number;
                                            firstFen: number;
                                            furtherFen: number;
                                            graceMinutes: number;
                                            /** @enum {string} */
                                            kind: "fixed-schedule";
                                        } | {
                                            /** @enum {string} */
                                            kind: "consumption";
                                            singlePartMultiple: number;
                                            twoPartMultiple: number;
                                        };
                                    }[];
                                    notice: {
                                        fen: number;
                                        noticeMinutes: number;
                                    };
                                    restorationMinutes: number;
                                };
                            };
                        };
                    };
                    /** Format: date-time */
                    from: string;
                    /** Format: date-time */
                    to: string;
                };
            };
        };
        responses: {
            /** @description The run, started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: ({
                            applicationNumber: string | null;
                            current: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            draft: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        changedCount: number;
                        done: number;
                        draft: {
                            [key: string]: unknown;
                        };
                        finishedAt: string | null;
                        id: string;
                        percent: number;
                        periodFrom: string;
                        periodTo: string;
                        requestedAt: string;
                        requestedBy: string;
                        rows: ({
                            current: {
                                breaches: number;
                                fen: number;
                            };
                            difference: {
                                breaches: number;
                                fen: number;
                            };
                            draft: {
                                breaches: number;
                                fen: number;
                            };
                            providerId: string | null;
                            stage: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        status: "running" | "done" | "cancelled" | "failed";
                        total: number;
                        until: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    WhatIfController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run (JSON), or its rows and changes (Accept: text/csv). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: ({
                            applicationNumber: string | null;
                            current: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            draft: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        changedCount: number;
                        done: number;
                        draft: {
                            [key: string]: unknown;
                        };
                        finishedAt: string | null;
                        id: string;
                        percent: number;
                        periodFrom: string;
                        periodTo: string;
                        requestedAt: string;
                        requestedBy: string;
                        rows: ({
                            current: {
                                breaches: number;
                                fen: number;
                            };
                            difference: {
                                breaches: number;
                                fen: number;
                            };
                            draft: {
                                breaches: number;
                                fen: number;
                            };
                            providerId: string | null;
                            stage: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        status: "running" | "done" | "cancelled" | "failed";
                        total: number;
                        until: string;
                    } & {
                        [key: string]: unknown;
                    };
                    "text/csv": {
                        changed: ({
                            applicationNumber: string | null;
                            current: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            draft: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        changedCount: number;
                        done: number;
                        draft: {
                            [key: string]: unknown;
                        };
                        finishedAt: string | null;
                        id: string;
                        percent: number;
                        periodFrom: string;
                        periodTo: string;
                        requestedAt: string;
                        requestedBy: string;
                        rows: ({
                            current: {
                                breaches: number;
                                fen: number;
                            };
                            difference: {
                                breaches: number;
                                fen: number;
                            };
                            draft: {
                                breaches: number;
                                fen: number;
                            };
                            providerId: string | null;
                            stage: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        status: "running" | "done" | "cancelled" | "failed";
                        total: number;
                        until: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                    "text/csv": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    WhatIfController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run as it stands. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: ({
                            applicationNumber: string | null;
                            current: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                            draft: {
                                applicationId: string;
                                breached: boolean;
                                dueAt: string | null;
                                fen: number;
                                providerId: string | null;
                                stage: string;
                                /** @enum {string} */
                                subject?: "interruption";
                                track: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        changedCount: number;
                        done: number;
                        draft: {
                            [key: string]: unknown;
                        };
                        finishedAt: string | null;
                        id: string;
                        percent: number;
                        periodFrom: string;
                        periodTo: string;
                        requestedAt: string;
                        requestedBy: string;
                        rows: ({
                            current: {
                                breaches: number;
                                fen: number;
                            };
                            difference: {
                                breaches: number;
                                fen: number;
                            };
                            draft: {
                                breaches: number;
                                fen: number;
                            };
                            providerId: string | null;
                            stage: string;
                            utility: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        status: "running" | "done" | "cancelled" | "failed";
                        total: number;
                        until: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    WhatIfController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        compensation: {
                            [key: string]: unknown;
                        }[];
                        effectiveFrom: string;
                        limits: {
                            [key: string]: unknown;
                        }[];
                        providers: {
                            [key: string]: {
                                id: string;
                                name: string;
                                nameZh?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        publishedAt: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Not found (also for an application the caller may not see). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Wrong state, e.g. acting on a stage that is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
    ZonesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ISO 8601 date-time */
                        publishedAt: string | null;
                        source: string | null;
                        version: number;
                        zones: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    ZonesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The whole register: it replaces the one in force for applications accepted from now on. */
        requestBody: {
            content: {
                "application/json": {
                    source: string;
                    zones: {
                        geometry: {
                            coordinates: (number)[][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | {
                            coordinates: (number)[][][][];
                            /** @enum {string} */
                            type: "MultiPolygon";
                        };
                        id: string;
                        name: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The version published. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            /** @description Malformed input: every problem with its path and rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description No token, or an invalid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The role or scope may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
            /** @description The body is larger than 1 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unreachable (the error names which); nothing was changed. Retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @example validation_failed */
                            code: string;
                            details: {
                                message: string;
                                messageZh?: string;
                                params?: {
                                    [key: string]: unknown;
                                };
                                /** @example applicant.mobile */
                                path: string;
                                /** @example mobile_format */
                                rule: string;
                            }[];
                            message: string;
                            messageZh?: string;
                        };
                    };
                };
            };
        };
    };
}
