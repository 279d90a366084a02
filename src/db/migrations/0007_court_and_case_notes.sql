CREATE TABLE "care_proceedings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"pre_proceedings_id" uuid,
	"issued_on" date NOT NULL,
	"court" text NOT NULL,
	"solicitor" text NOT NULL,
	"extension_weeks" integer DEFAULT 0 NOT NULL,
	"extension_reason" text,
	"final_order" text,
	"final_order_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "care_proceedings_order_check" CHECK ("care_proceedings"."final_order" in ('CARE', 'SUPERVISION', 'SGO', 'CAO', 'PLACEMENT', 'NO_ORDER', 'WITHDRAWN')),
	CONSTRAINT "care_proceedings_final_check" CHECK (("care_proceedings"."final_order" is null) = ("care_proceedings"."final_order_on" is null)),
	CONSTRAINT "care_proceedings_dates_check" CHECK ("care_proceedings"."final_order_on" is null or "care_proceedings"."final_order_on" >= "care_proceedings"."issued_on"),
	CONSTRAINT "care_proceedings_extension_check" CHECK ("care_proceedings"."extension_weeks" >= 0 and ("care_proceedings"."extension_weeks" = 0 or "care_proceedings"."extension_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "core_group_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cp_plan_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"attendance" text NOT NULL,
	"summary" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "court_hearings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"care_proceedings_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"outcome" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "court_hearings_kind_check" CHECK ("court_hearings"."kind" in ('CMH', 'FCMH', 'IRH', 'FINAL', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE "pre_proceedings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"legal_planning_decision" text NOT NULL,
	"letter_sent_on" date,
	"fgdm_offered" boolean,
	"fgdm_facilitated" boolean,
	"step_decision_on" date,
	"outcome" text,
	"court_application_on" date,
	"letter_initiating_proceedings_on" date,
	"end_date" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pre_proceedings_outcome_check" CHECK ("pre_proceedings"."outcome" in ('A', 'B', 'C')),
	CONSTRAINT "pre_proceedings_letter_check" CHECK ("pre_proceedings"."letter_sent_on" is null or "pre_proceedings"."letter_sent_on" >= "pre_proceedings"."start_date"),
	CONSTRAINT "pre_proceedings_court_check" CHECK ("pre_proceedings"."court_application_on" is null or "pre_proceedings"."court_application_on" >= "pre_proceedings"."start_date"),
	CONSTRAINT "pre_proceedings_end_check" CHECK ("pre_proceedings"."end_date" is null or "pre_proceedings"."end_date" >= "pre_proceedings"."start_date"),
	CONSTRAINT "pre_proceedings_facilitated_check" CHECK ("pre_proceedings"."fgdm_facilitated" is null or "pre_proceedings"."fgdm_offered" is not null)
);
--> statement-breakpoint
CREATE TABLE "pre_proceedings_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pre_proceedings_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"summary" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pre_proceedings_meetings_kind_check" CHECK ("pre_proceedings_meetings"."kind" in ('INITIAL', 'REVIEW'))
);
--> statement-breakpoint
CREATE TABLE "protective_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"reference" text,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "protective_orders_kind_check" CHECK ("protective_orders"."kind" in ('EPO', 'POLICE_PROTECTION')),
	CONSTRAINT "protective_orders_dates_check" CHECK ("protective_orders"."ended_at" is null or "protective_orders"."ended_at" >= "protective_orders"."started_at")
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"child_seen" boolean DEFAULT false NOT NULL,
	"seen_alone" boolean DEFAULT false NOT NULL,
	"summary" text NOT NULL,
	"significant" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_notes_kind_check" CHECK ("case_notes"."kind" in ('HOME_VISIT', 'SCHOOL_VISIT', 'PHONE', 'VIDEO', 'MEETING', 'DIRECT_WORK', 'EMAIL', 'MANAGEMENT', 'OTHER')),
	CONSTRAINT "case_notes_seen_alone_check" CHECK (not "case_notes"."seen_alone" or "case_notes"."child_seen")
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "safety_plan" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "parents_history" text;--> statement-breakpoint
ALTER TABLE "care_proceedings" ADD CONSTRAINT "care_proceedings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_proceedings" ADD CONSTRAINT "care_proceedings_pre_proceedings_id_pre_proceedings_id_fk" FOREIGN KEY ("pre_proceedings_id") REFERENCES "public"."pre_proceedings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_proceedings" ADD CONSTRAINT "care_proceedings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_group_meetings" ADD CONSTRAINT "core_group_meetings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_group_meetings" ADD CONSTRAINT "core_group_meetings_cp_plan_id_cp_plans_id_fk" FOREIGN KEY ("cp_plan_id") REFERENCES "public"."cp_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_group_meetings" ADD CONSTRAINT "core_group_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_hearings" ADD CONSTRAINT "court_hearings_care_proceedings_id_care_proceedings_id_fk" FOREIGN KEY ("care_proceedings_id") REFERENCES "public"."care_proceedings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_hearings" ADD CONSTRAINT "court_hearings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_hearings" ADD CONSTRAINT "court_hearings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_proceedings" ADD CONSTRAINT "pre_proceedings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_proceedings" ADD CONSTRAINT "pre_proceedings_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_proceedings" ADD CONSTRAINT "pre_proceedings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_proceedings_meetings" ADD CONSTRAINT "pre_proceedings_meetings_pre_proceedings_id_pre_proceedings_id_fk" FOREIGN KEY ("pre_proceedings_id") REFERENCES "public"."pre_proceedings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_proceedings_meetings" ADD CONSTRAINT "pre_proceedings_meetings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_proceedings_meetings" ADD CONSTRAINT "pre_proceedings_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_orders" ADD CONSTRAINT "protective_orders_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_orders" ADD CONSTRAINT "protective_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_proceedings_one_open_idx" ON "care_proceedings" USING btree ("child_id") WHERE "care_proceedings"."final_order_on" is null;--> statement-breakpoint
CREATE INDEX "care_proceedings_child_idx" ON "care_proceedings" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "core_group_meetings_plan_idx" ON "core_group_meetings" USING btree ("cp_plan_id","held_on");--> statement-breakpoint
CREATE INDEX "court_hearings_proceedings_idx" ON "court_hearings" USING btree ("care_proceedings_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pre_proceedings_one_open_idx" ON "pre_proceedings" USING btree ("child_id") WHERE "pre_proceedings"."end_date" is null;--> statement-breakpoint
CREATE INDEX "pre_proceedings_child_idx" ON "pre_proceedings" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "pre_proceedings_meetings_pp_idx" ON "pre_proceedings_meetings" USING btree ("pre_proceedings_id");--> statement-breakpoint
CREATE INDEX "protective_orders_child_idx" ON "protective_orders" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "case_notes_child_idx" ON "case_notes" USING btree ("child_id","occurred_at");