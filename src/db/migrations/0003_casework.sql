CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"referral_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"child_seen_on" date,
	"child_seen_alone_on" date,
	"factors" text[] DEFAULT '{}'::text[] NOT NULL,
	"outcome" text,
	"next_step" text,
	"late_reason" text,
	"authorised_by" uuid,
	"authorised_on" date,
	CONSTRAINT "assessments_factors_check" CHECK ("assessments"."factors" <@ array['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18B', '18C', '19B', '19C', '20', '21', '22A', '23A', '24A']::text[]),
	CONSTRAINT "assessments_outcome_check" CHECK ("assessments"."outcome" in ('NFA', 'EARLY_HELP', 'CIN_PLAN', 'STRATEGY', 'LEGAL')),
	CONSTRAINT "assessments_authorised_check" CHECK (("assessments"."authorised_on" is null) = ("assessments"."authorised_by" is null)),
	CONSTRAINT "assessments_dates_check" CHECK ("assessments"."authorised_on" is null or "assessments"."authorised_on" >= "assessments"."start_date")
);
--> statement-breakpoint
CREATE TABLE "cin_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"closed_on" date NOT NULL,
	"reason" text NOT NULL,
	"note" text NOT NULL,
	"signed_off_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cin_closures_reason_check" CHECK ("cin_closures"."reason" in ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'))
);
--> statement-breakpoint
CREATE TABLE "cp_conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"kind" text NOT NULL,
	"s47_enquiry_id" uuid,
	"held_on" date NOT NULL,
	"chair_id" uuid NOT NULL,
	"attendance" text NOT NULL,
	"child_views" text NOT NULL,
	"views_gathered_how" text NOT NULL,
	"bank_holiday_confirmed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "cp_conferences_kind_check" CHECK ("cp_conferences"."kind" in ('ICPC', 'RCPC')),
	CONSTRAINT "cp_conferences_weekend_check" CHECK ("cp_conferences"."kind" <> 'ICPC' or extract(isodow from "cp_conferences"."held_on") < 6)
);
--> statement-breakpoint
CREATE TABLE "cp_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"icpc_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"initial_category" text NOT NULL,
	"latest_category" text NOT NULL,
	"end_date" date,
	"end_reason" text,
	CONSTRAINT "cp_plans_initial_category_check" CHECK ("cp_plans"."initial_category" in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
	CONSTRAINT "cp_plans_latest_category_check" CHECK ("cp_plans"."latest_category" in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
	CONSTRAINT "cp_plans_dates_check" CHECK ("cp_plans"."end_date" is null or "cp_plans"."end_date" >= "cp_plans"."start_date"),
	CONSTRAINT "cp_plans_end_reason_check" CHECK (("cp_plans"."end_date" is null) = ("cp_plans"."end_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "s47_enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"strategy_discussion_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"icpc_target_on" date NOT NULL,
	"outcome" text,
	"not_convened_reason" text,
	"not_convened_requested_by" uuid,
	"not_convened_requested_at" timestamp with time zone,
	"not_convened_authorised_by" uuid,
	"not_convened_authorised_at" timestamp with time zone,
	CONSTRAINT "s47_enquiries_outcome_check" CHECK ("s47_enquiries"."outcome" in ('SUBSTANTIATED', 'NOT_SUBSTANTIATED')),
	CONSTRAINT "s47_enquiries_not_convened_check" CHECK ("s47_enquiries"."not_convened_authorised_at" is null or "s47_enquiries"."not_convened_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "strategy_discussions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"held_on" date NOT NULL,
	"agencies" text[] NOT NULL,
	"decision" text NOT NULL,
	CONSTRAINT "strategy_discussions_agencies_check" CHECK ("strategy_discussions"."agencies" <@ array['POLICE', 'HEALTH', 'EDUCATION', 'OTHER']::text[]),
	CONSTRAINT "strategy_discussions_decision_check" CHECK ("strategy_discussions"."decision" in ('S47', 'NO_S47'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_authorised_by_users_id_fk" FOREIGN KEY ("authorised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closures" ADD CONSTRAINT "cin_closures_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closures" ADD CONSTRAINT "cin_closures_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closures" ADD CONSTRAINT "cin_closures_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_conferences" ADD CONSTRAINT "cp_conferences_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_conferences" ADD CONSTRAINT "cp_conferences_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_conferences" ADD CONSTRAINT "cp_conferences_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_conferences" ADD CONSTRAINT "cp_conferences_s47_enquiry_id_s47_enquiries_id_fk" FOREIGN KEY ("s47_enquiry_id") REFERENCES "public"."s47_enquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_conferences" ADD CONSTRAINT "cp_conferences_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_plans" ADD CONSTRAINT "cp_plans_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_plans" ADD CONSTRAINT "cp_plans_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_plans" ADD CONSTRAINT "cp_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cp_plans" ADD CONSTRAINT "cp_plans_icpc_id_cp_conferences_id_fk" FOREIGN KEY ("icpc_id") REFERENCES "public"."cp_conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s47_enquiries" ADD CONSTRAINT "s47_enquiries_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s47_enquiries" ADD CONSTRAINT "s47_enquiries_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s47_enquiries" ADD CONSTRAINT "s47_enquiries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s47_enquiries" ADD CONSTRAINT "s47_enquiries_strategy_discussion_id_strategy_discussions_id_fk" FOREIGN KEY ("strategy_discussion_id") REFERENCES "public"."strategy_discussions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s47_enquiries" ADD CONSTRAINT "s47_enquiries_not_convened_requested_by_users_id_fk" FOREIGN KEY ("not_convened_requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s47_enquiries" ADD CONSTRAINT "s47_enquiries_not_convened_authorised_by_users_id_fk" FOREIGN KEY ("not_convened_authorised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_discussions" ADD CONSTRAINT "strategy_discussions_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_discussions" ADD CONSTRAINT "strategy_discussions_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_discussions" ADD CONSTRAINT "strategy_discussions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_child_idx" ON "assessments" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "assessments_referral_idx" ON "assessments" USING btree ("referral_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cin_closures_episode_idx" ON "cin_closures" USING btree ("cin_episode_id");--> statement-breakpoint
CREATE INDEX "cp_conferences_child_idx" ON "cp_conferences" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cp_plans_one_open_idx" ON "cp_plans" USING btree ("child_id") WHERE "cp_plans"."end_date" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "s47_enquiries_strategy_idx" ON "s47_enquiries" USING btree ("strategy_discussion_id");--> statement-breakpoint
CREATE INDEX "s47_enquiries_child_idx" ON "s47_enquiries" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "strategy_discussions_child_idx" ON "strategy_discussions" USING btree ("child_id");