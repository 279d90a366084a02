CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner_user_id" uuid,
	"owner_name" text,
	"outcome" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'NOT_STARTED' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_actions_status_check" CHECK ("plan_actions"."status" in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
	CONSTRAINT "plan_actions_owner_check" CHECK ("plan_actions"."owner_user_id" is not null or "plan_actions"."owner_name" is not null)
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"summary" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" text,
	"wishes_and_feelings" text,
	"identity" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plans_kind_check" CHECK ("plans"."kind" in ('CIN', 'CP', 'CARE', 'PATHWAY')),
	CONSTRAINT "plans_dates_check" CHECK ("plans"."end_date" is null or "plans"."end_date" >= "plans"."start_date"),
	CONSTRAINT "plans_end_reason_check" CHECK (("plans"."end_date" is null) = ("plans"."end_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "step_downs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cp_plan_id" uuid NOT NULL,
	"rationale" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"stepped_down_on" date,
	"reject_reason" text,
	"cin_plan_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "step_downs_decision_check" CHECK ("step_downs"."decision" in ('AUTHORISED', 'REJECTED')),
	CONSTRAINT "step_downs_decided_check" CHECK (("step_downs"."decision" is null) = ("step_downs"."decided_by" is null)),
	CONSTRAINT "step_downs_authorised_check" CHECK ("step_downs"."decision" is distinct from 'AUTHORISED' or ("step_downs"."stepped_down_on" is not null and "step_downs"."cin_plan_id" is not null)),
	CONSTRAINT "step_downs_rejected_check" CHECK ("step_downs"."decision" is distinct from 'REJECTED' or "step_downs"."reject_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visited_on" date NOT NULL,
	"child_seen" boolean NOT NULL,
	"seen_alone" boolean NOT NULL,
	"notes" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_kind_check" CHECK ("visits"."kind" in ('CP', 'CIN')),
	CONSTRAINT "visits_seen_alone_check" CHECK (not "visits"."seen_alone" or "visits"."child_seen")
);
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_downs" ADD CONSTRAINT "step_downs_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_downs" ADD CONSTRAINT "step_downs_cp_plan_id_cp_plans_id_fk" FOREIGN KEY ("cp_plan_id") REFERENCES "public"."cp_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_downs" ADD CONSTRAINT "step_downs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_downs" ADD CONSTRAINT "step_downs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_downs" ADD CONSTRAINT "step_downs_cin_plan_id_plans_id_fk" FOREIGN KEY ("cin_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_actions_plan_idx" ON "plan_actions" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan_idx" ON "plan_reviews" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_open_idx" ON "plans" USING btree ("child_id","kind") WHERE "plans"."end_date" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "step_downs_one_pending_idx" ON "step_downs" USING btree ("cp_plan_id") WHERE "step_downs"."decision" is null;--> statement-breakpoint
CREATE INDEX "step_downs_child_idx" ON "step_downs" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "visits_child_idx" ON "visits" USING btree ("child_id","visited_on");