CREATE TABLE "caseload_weights" (
	"case_type" text PRIMARY KEY NOT NULL,
	"weight" numeric(4, 2) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "caseload_weights_type_check" CHECK ("caseload_weights"."case_type" in ('CIN', 'CP', 'CLA', 'CARE_LEAVER', 'ASSESSMENT')),
	CONSTRAINT "caseload_weights_weight_check" CHECK ("caseload_weights"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "staff_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"fte" numeric(3, 2) DEFAULT '1.00' NOT NULL,
	"employment" text DEFAULT 'PERMANENT' NOT NULL,
	"asye" boolean DEFAULT false NOT NULL,
	"started_on" date NOT NULL,
	"left_on" date,
	"leaving_reason" text,
	"away_from" date,
	"away_until" date,
	"supervision_every_days" integer DEFAULT 28 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "staff_profiles_employment_check" CHECK ("staff_profiles"."employment" in ('PERMANENT', 'FIXED_TERM', 'AGENCY')),
	CONSTRAINT "staff_profiles_fte_check" CHECK ("staff_profiles"."fte" > 0 and "staff_profiles"."fte" <= 1),
	CONSTRAINT "staff_profiles_left_check" CHECK ("staff_profiles"."left_on" is null or "staff_profiles"."left_on" >= "staff_profiles"."started_on"),
	CONSTRAINT "staff_profiles_supervision_check" CHECK ("staff_profiles"."supervision_every_days" between 7 and 92)
);
--> statement-breakpoint
CREATE TABLE "supervision_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_discussion_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "supervision_actions_status_check" CHECK ("supervision_actions"."status" in ('OPEN', 'DONE', 'DROPPED'))
);
--> statement-breakpoint
CREATE TABLE "supervision_case_discussions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"discussion" text NOT NULL,
	"decisions" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supervisee_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"reflective_discussion" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "supervision_sessions_people_check" CHECK ("supervision_sessions"."supervisee_id" <> "supervision_sessions"."supervisor_id")
);
--> statement-breakpoint
CREATE TABLE "team_establishments" (
	"team_id" uuid PRIMARY KEY NOT NULL,
	"funded_fte" numeric(5, 2) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"attended_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "training_records_programme_check" CHECK ("training_records"."programme" in ('ASYE', 'PRACTICE_EDUCATOR', 'MANAGEMENT', 'CORE'))
);
--> statement-breakpoint
ALTER TABLE "staff_profiles" ADD CONSTRAINT "staff_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_actions" ADD CONSTRAINT "supervision_actions_case_discussion_id_supervision_case_discussions_id_fk" FOREIGN KEY ("case_discussion_id") REFERENCES "public"."supervision_case_discussions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_actions" ADD CONSTRAINT "supervision_actions_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_actions" ADD CONSTRAINT "supervision_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_case_discussions" ADD CONSTRAINT "supervision_case_discussions_session_id_supervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_case_discussions" ADD CONSTRAINT "supervision_case_discussions_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_supervisee_id_users_id_fk" FOREIGN KEY ("supervisee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_establishments" ADD CONSTRAINT "team_establishments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_actions_owner_idx" ON "supervision_actions" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "supervision_case_discussions_child_idx" ON "supervision_case_discussions" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "supervision_case_discussions_session_idx" ON "supervision_case_discussions" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "supervision_sessions_supervisee_idx" ON "supervision_sessions" USING btree ("supervisee_id","held_on");--> statement-breakpoint
CREATE INDEX "training_records_user_idx" ON "training_records" USING btree ("user_id");