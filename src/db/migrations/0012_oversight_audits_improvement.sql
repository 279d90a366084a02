CREATE TABLE "audit_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"theme" text,
	"template_id" uuid NOT NULL,
	"month" date NOT NULL,
	"seed" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_programmes_kind_check" CHECK ("audit_programmes"."kind" in ('RANDOM', 'THEMATIC')),
	CONSTRAINT "audit_programmes_theme_check" CHECK ("audit_programmes"."kind" <> 'THEMATIC' or "audit_programmes"."theme" is not null)
);
--> statement-breakpoint
CREATE TABLE "audit_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"questions" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_audit_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_audit_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_audit_actions_status_check" CHECK ("case_audit_actions"."status" in ('OPEN', 'DONE', 'DROPPED'))
);
--> statement-breakpoint
CREATE TABLE "case_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"team_id" uuid,
	"worker_id" uuid,
	"auditor_id" uuid,
	"status" text DEFAULT 'ASSIGNED' NOT NULL,
	"answers" jsonb,
	"grade" text,
	"findings" text,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"completed_at" timestamp with time zone,
	"moderator_id" uuid,
	"moderated_grade" text,
	"moderation_note" text,
	"moderated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_audits_status_check" CHECK ("case_audits"."status" in ('ASSIGNED', 'COMPLETED', 'MODERATED')),
	CONSTRAINT "case_audits_grade_check" CHECK ("case_audits"."grade" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
	CONSTRAINT "case_audits_moderated_grade_check" CHECK ("case_audits"."moderated_grade" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
	CONSTRAINT "case_audits_completed_check" CHECK ("case_audits"."status" = 'ASSIGNED' or ("case_audits"."grade" is not null and "case_audits"."completed_at" is not null)),
	CONSTRAINT "case_audits_moderated_check" CHECK ("case_audits"."status" <> 'MODERATED' or ("case_audits"."moderated_grade" is not null and "case_audits"."moderator_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "improvement_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"rag" text DEFAULT 'AMBER' NOT NULL,
	"evidence" text,
	"kpi_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "improvement_actions_rag_check" CHECK ("improvement_actions"."rag" in ('RED', 'AMBER', 'GREEN'))
);
--> statement-breakpoint
CREATE TABLE "improvement_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "improvement_recommendations_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "oversight_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"point" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oversight_records_point_check" CHECK ("oversight_records"."point" in ('CONTACT_DECISION', 'ASSESSMENT_AUTHORISATION', 'S47_OUTCOME', 'ICPC_NOT_CONVENED', 'STEP_DOWN', 'CLOSURE', 'PLACEMENT_MOVE', 'UNREGISTERED_PLACEMENT'))
);
--> statement-breakpoint
ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_template_id_audit_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."audit_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_programmes" ADD CONSTRAINT "audit_programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_templates" ADD CONSTRAINT "audit_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audit_actions" ADD CONSTRAINT "case_audit_actions_case_audit_id_case_audits_id_fk" FOREIGN KEY ("case_audit_id") REFERENCES "public"."case_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audit_actions" ADD CONSTRAINT "case_audit_actions_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audit_actions" ADD CONSTRAINT "case_audit_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audits" ADD CONSTRAINT "case_audits_programme_id_audit_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."audit_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audits" ADD CONSTRAINT "case_audits_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audits" ADD CONSTRAINT "case_audits_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audits" ADD CONSTRAINT "case_audits_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audits" ADD CONSTRAINT "case_audits_auditor_id_users_id_fk" FOREIGN KEY ("auditor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_audits" ADD CONSTRAINT "case_audits_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_recommendation_id_improvement_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."improvement_recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_recommendations" ADD CONSTRAINT "improvement_recommendations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_records" ADD CONSTRAINT "oversight_records_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_records" ADD CONSTRAINT "oversight_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_audit_actions_audit_idx" ON "case_audit_actions" USING btree ("case_audit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_audits_programme_child_idx" ON "case_audits" USING btree ("programme_id","child_id");--> statement-breakpoint
CREATE INDEX "case_audits_child_idx" ON "case_audits" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "improvement_actions_recommendation_idx" ON "improvement_actions" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "oversight_records_entity_idx" ON "oversight_records" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "oversight_records_child_idx" ON "oversight_records" USING btree ("child_id");