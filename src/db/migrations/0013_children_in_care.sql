CREATE TABLE "care_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"change" text NOT NULL,
	"same_carers" boolean DEFAULT false NOT NULL,
	"legal_status" text NOT NULL,
	"category_of_need" text NOT NULL,
	"placement_type" text NOT NULL,
	"placement_provider" text,
	"provider_name" text,
	"urn" text,
	"placement_postcode" text,
	"home_postcode" text,
	"distance_miles" numeric(6, 1),
	"out_of_area" boolean,
	"long_term" boolean DEFAULT false NOT NULL,
	"child_agreed_six_monthly" boolean DEFAULT false NOT NULL,
	"unregistered" boolean DEFAULT false NOT NULL,
	"placement_end_reason" text,
	"imported" boolean DEFAULT false NOT NULL,
	"imported_rne" text,
	"imported_dec" date,
	"imported_rec" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "care_episodes_change_check" CHECK ("care_episodes"."change" in ('START', 'LEGAL_STATUS', 'PLACEMENT', 'BOTH'))
);
--> statement-breakpoint
CREATE TABLE "care_parenthood" (
	"child_id" uuid PRIMARY KEY NOT NULL,
	"is_mother" text,
	"mother_child_dob" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"reason_ceased" text,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "care_periods_dates_check" CHECK ("care_periods"."ended_on" is null or "care_periods"."ended_on" >= "care_periods"."started_on"),
	CONSTRAINT "care_periods_ceased_check" CHECK ("care_periods"."imported" or ("care_periods"."ended_on" is null) = ("care_periods"."reason_ceased" is null))
);
--> statement-breakpoint
CREATE TABLE "cla_annual_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"collection_year" integer NOT NULL,
	"convicted" text,
	"substance_misuse" text,
	"intervention_received" text,
	"intervention_offered" text,
	"sdq_reason" text,
	"imported" boolean DEFAULT false NOT NULL,
	"imported_sdq_score" text,
	"imported_health_check" text,
	"imported_immunisations" text,
	"imported_teeth_check" text,
	"imported_health_assessment" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cla_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"period_id" uuid,
	"held_on" date NOT NULL,
	"participation" text NOT NULL,
	"iro_id" uuid,
	"recommendations" text,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "education_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"school" text,
	"notes" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"done_on" date NOT NULL,
	"sdq_score" integer,
	"notes" text,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_records_kind_check" CHECK ("health_records"."kind" in ('INITIAL_HEALTH_ASSESSMENT', 'REVIEW_HEALTH_ASSESSMENT', 'DENTAL', 'IMMUNISATIONS', 'SDQ')),
	CONSTRAINT "health_records_sdq_check" CHECK (("health_records"."kind" = 'SDQ') = ("health_records"."sdq_score" is not null) and ("health_records"."sdq_score" is null or "health_records"."sdq_score" between 0 and 40))
);
--> statement-breakpoint
CREATE TABLE "imported_social_worker_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"sw_id" text,
	"started_on" date,
	"ended_on" date,
	"reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iro_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"iro_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iro_allocations_dates_check" CHECK ("iro_allocations"."end_date" is null or "iro_allocations"."end_date" >= "iro_allocations"."start_date")
);
--> statement-breakpoint
CREATE TABLE "iro_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"raised_on" date NOT NULL,
	"stage" text NOT NULL,
	"concern" text NOT NULL,
	"resolved_on" date,
	"resolution" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "iro_escalations_resolved_check" CHECK (("iro_escalations"."resolved_on" is null) = ("iro_escalations"."resolution" is null))
);
--> statement-breakpoint
CREATE TABLE "liberty_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "liberty_orders_dates_check" CHECK ("liberty_orders"."imported" or "liberty_orders"."ended_on" is null or "liberty_orders"."ended_on" >= "liberty_orders"."started_on")
);
--> statement-breakpoint
CREATE TABLE "permanence_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"plan" text NOT NULL,
	"decided_on" date NOT NULL,
	"notes" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "previous_permanence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"collection_year" integer NOT NULL,
	"prev_perm" text,
	"la_perm" text,
	"date_perm" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ssda903_import_children" (
	"import_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ssda903_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collection_year" integer NOT NULL,
	"format" text NOT NULL,
	"content_hash" text NOT NULL,
	"child_count" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ssda903_imports_format_check" CHECK ("ssda903_imports"."format" in ('CSV', 'XML'))
);
--> statement-breakpoint
CREATE TABLE "uasc_statuses" (
	"child_id" uuid PRIMARY KEY NOT NULL,
	"started_on" date,
	"ceased_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unregistered_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"director_signed_off_by" uuid,
	"director_signed_off_on" date,
	"ofsted_notified_on" date,
	"plan" text,
	"plan_detail" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "unregistered_placements_plan_check" CHECK ("unregistered_placements"."plan" is null or "unregistered_placements"."plan" in ('REGISTER', 'MOVE')),
	CONSTRAINT "unregistered_placements_signed_check" CHECK (("unregistered_placements"."director_signed_off_by" is null) = ("unregistered_placements"."director_signed_off_on" is null))
);
--> statement-breakpoint
CREATE TABLE "exploitation_screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"screened_on" date NOT NULL,
	"risk_level" text NOT NULL,
	"prompt" text,
	"meeting_referred_on" date,
	"meeting_outcome" text,
	"notes" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "exploitation_screenings_kind_check" CHECK ("exploitation_screenings"."kind" in ('CSE', 'CCE')),
	CONSTRAINT "exploitation_screenings_risk_check" CHECK ("exploitation_screenings"."risk_level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')),
	CONSTRAINT "exploitation_screenings_meeting_check" CHECK ("exploitation_screenings"."meeting_outcome" is null or "exploitation_screenings"."meeting_referred_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "missing_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"where_found" text,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "missing_episodes_kind_check" CHECK ("missing_episodes"."imported" or "missing_episodes"."kind" in ('M', 'A')),
	CONSTRAINT "missing_episodes_dates_check" CHECK ("missing_episodes"."imported" or "missing_episodes"."ended_at" is null or "missing_episodes"."ended_at" >= "missing_episodes"."started_at")
);
--> statement-breakpoint
CREATE TABLE "return_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"missing_episode_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"response" text NOT NULL,
	"held_on" date,
	"findings" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "return_interviews_response_check" CHECK ("return_interviews"."response" in ('AWAITING', 'ACCEPTED', 'DECLINED')),
	CONSTRAINT "return_interviews_held_check" CHECK ("return_interviews"."held_on" is null or "return_interviews"."response" = 'ACCEPTED')
);
--> statement-breakpoint
CREATE TABLE "care_leaver_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"collection_year" integer NOT NULL,
	"in_touch" text,
	"activity" text,
	"accommodation" text,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_leavers" (
	"child_id" uuid PRIMARY KEY NOT NULL,
	"eligibility" text NOT NULL,
	"needs_assessment_on" date,
	"staying_put" boolean DEFAULT false NOT NULL,
	"apprenticeship" boolean DEFAULT false NOT NULL,
	"local_offer_until" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "care_leavers_eligibility_check" CHECK ("care_leavers"."eligibility" in ('ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT', 'QUALIFYING'))
);
--> statement-breakpoint
CREATE TABLE "custody_spells" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"establishment" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"release_plan" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "custody_spells_dates_check" CHECK ("custody_spells"."ended_on" is null or "custody_spells"."ended_on" >= "custody_spells"."started_on")
);
--> statement-breakpoint
CREATE TABLE "pa_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"pa_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pa_allocations_dates_check" CHECK ("pa_allocations"."end_date" is null or "pa_allocations"."end_date" >= "pa_allocations"."start_date")
);
--> statement-breakpoint
CREATE TABLE "pa_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"contacted_on" date NOT NULL,
	"kind" text NOT NULL,
	"face_to_face" boolean NOT NULL,
	"notes" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pa_contacts_kind_check" CHECK ("pa_contacts"."kind" in ('CONTACT', 'VISIT', 'CUSTODY_VISIT'))
);
--> statement-breakpoint
CREATE TABLE "private_fostering_arrangements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"notified_on" date NOT NULL,
	"started_on" date NOT NULL,
	"carer_name" text NOT NULL,
	"carer_relationship" text NOT NULL,
	"assessed_on" date,
	"assessment_outcome" text,
	"ended_on" date,
	"end_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pf_arrangements_assessed_check" CHECK (("private_fostering_arrangements"."assessed_on" is null) = ("private_fostering_arrangements"."assessment_outcome" is null)),
	CONSTRAINT "pf_arrangements_ended_check" CHECK (("private_fostering_arrangements"."ended_on" is null) = ("private_fostering_arrangements"."end_reason" is null) and ("private_fostering_arrangements"."ended_on" is null or "private_fostering_arrangements"."ended_on" >= "private_fostering_arrangements"."started_on"))
);
--> statement-breakpoint
CREATE TABLE "private_fostering_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arrangement_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"seen_alone" boolean NOT NULL,
	"notes" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adopters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"household" text NOT NULL,
	"enquiry_on" date NOT NULL,
	"stage_one_started_on" date,
	"stage_two_started_on" date,
	"approved_on" date,
	"withdrawn_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "adopters_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "adoption_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"reversed_on" date,
	"reversal_reason" text,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "adoption_decisions_reversed_check" CHECK ("adoption_decisions"."imported" or (("adoption_decisions"."reversed_on" is null) = ("adoption_decisions"."reversal_reason" is null) and ("adoption_decisions"."reversed_on" is null or "adoption_decisions"."reversed_on" >= "adoption_decisions"."decided_on")))
);
--> statement-breakpoint
CREATE TABLE "adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"decided_on" date,
	"placement_order_on" date,
	"matched_on" date,
	"placed_on" date,
	"adoption_order_on" date,
	"adopter_id" uuid,
	"foster_carers" text,
	"adopter_count" text,
	"adopter_sexes" text,
	"adopter_legal_status" text,
	"reversed_on" date,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "adoptions_order_check" CHECK ("adoptions"."imported" or "adoptions"."placed_on" is null or "adoptions"."matched_on" is null or "adoptions"."placed_on" >= "adoptions"."matched_on")
);
--> statement-breakpoint
ALTER TABLE "plans" DROP CONSTRAINT "plans_kind_check";--> statement-breakpoint
ALTER TABLE "visits" DROP CONSTRAINT "visits_kind_check";--> statement-breakpoint
ALTER TABLE "plans" ALTER COLUMN "cin_episode_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_profiles" ADD COLUMN "social_work_england_number" text;--> statement-breakpoint
ALTER TABLE "care_episodes" ADD CONSTRAINT "care_episodes_period_id_care_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."care_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_episodes" ADD CONSTRAINT "care_episodes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_episodes" ADD CONSTRAINT "care_episodes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_parenthood" ADD CONSTRAINT "care_parenthood_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_parenthood" ADD CONSTRAINT "care_parenthood_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_periods" ADD CONSTRAINT "care_periods_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_periods" ADD CONSTRAINT "care_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cla_annual_outcomes" ADD CONSTRAINT "cla_annual_outcomes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cla_annual_outcomes" ADD CONSTRAINT "cla_annual_outcomes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cla_reviews" ADD CONSTRAINT "cla_reviews_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cla_reviews" ADD CONSTRAINT "cla_reviews_period_id_care_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."care_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cla_reviews" ADD CONSTRAINT "cla_reviews_iro_id_users_id_fk" FOREIGN KEY ("iro_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cla_reviews" ADD CONSTRAINT "cla_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_plan_reviews" ADD CONSTRAINT "education_plan_reviews_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_plan_reviews" ADD CONSTRAINT "education_plan_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_social_worker_episodes" ADD CONSTRAINT "imported_social_worker_episodes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_social_worker_episodes" ADD CONSTRAINT "imported_social_worker_episodes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_allocations" ADD CONSTRAINT "iro_allocations_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_allocations" ADD CONSTRAINT "iro_allocations_iro_id_users_id_fk" FOREIGN KEY ("iro_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_allocations" ADD CONSTRAINT "iro_allocations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_escalations" ADD CONSTRAINT "iro_escalations_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iro_escalations" ADD CONSTRAINT "iro_escalations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liberty_orders" ADD CONSTRAINT "liberty_orders_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liberty_orders" ADD CONSTRAINT "liberty_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_plans" ADD CONSTRAINT "permanence_plans_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_plans" ADD CONSTRAINT "permanence_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "previous_permanence" ADD CONSTRAINT "previous_permanence_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "previous_permanence" ADD CONSTRAINT "previous_permanence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ssda903_import_children" ADD CONSTRAINT "ssda903_import_children_import_id_ssda903_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."ssda903_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ssda903_import_children" ADD CONSTRAINT "ssda903_import_children_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ssda903_imports" ADD CONSTRAINT "ssda903_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uasc_statuses" ADD CONSTRAINT "uasc_statuses_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uasc_statuses" ADD CONSTRAINT "uasc_statuses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unregistered_placements" ADD CONSTRAINT "unregistered_placements_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unregistered_placements" ADD CONSTRAINT "unregistered_placements_episode_id_care_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."care_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unregistered_placements" ADD CONSTRAINT "unregistered_placements_director_signed_off_by_users_id_fk" FOREIGN KEY ("director_signed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unregistered_placements" ADD CONSTRAINT "unregistered_placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exploitation_screenings" ADD CONSTRAINT "exploitation_screenings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exploitation_screenings" ADD CONSTRAINT "exploitation_screenings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episodes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episodes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_interviews" ADD CONSTRAINT "return_interviews_missing_episode_id_missing_episodes_id_fk" FOREIGN KEY ("missing_episode_id") REFERENCES "public"."missing_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_interviews" ADD CONSTRAINT "return_interviews_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_interviews" ADD CONSTRAINT "return_interviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_leaver_outcomes" ADD CONSTRAINT "care_leaver_outcomes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_leaver_outcomes" ADD CONSTRAINT "care_leaver_outcomes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_leavers" ADD CONSTRAINT "care_leavers_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_leavers" ADD CONSTRAINT "care_leavers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custody_spells" ADD CONSTRAINT "custody_spells_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custody_spells" ADD CONSTRAINT "custody_spells_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pa_allocations" ADD CONSTRAINT "pa_allocations_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pa_allocations" ADD CONSTRAINT "pa_allocations_pa_id_users_id_fk" FOREIGN KEY ("pa_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pa_allocations" ADD CONSTRAINT "pa_allocations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pa_contacts" ADD CONSTRAINT "pa_contacts_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pa_contacts" ADD CONSTRAINT "pa_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_fostering_arrangements" ADD CONSTRAINT "private_fostering_arrangements_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_fostering_arrangements" ADD CONSTRAINT "private_fostering_arrangements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_fostering_visits" ADD CONSTRAINT "private_fostering_visits_arrangement_id_private_fostering_arrangements_id_fk" FOREIGN KEY ("arrangement_id") REFERENCES "public"."private_fostering_arrangements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_fostering_visits" ADD CONSTRAINT "private_fostering_visits_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_fostering_visits" ADD CONSTRAINT "private_fostering_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adopters" ADD CONSTRAINT "adopters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_decisions" ADD CONSTRAINT "adoption_decisions_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_decisions" ADD CONSTRAINT "adoption_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_adopter_id_adopters_id_fk" FOREIGN KEY ("adopter_id") REFERENCES "public"."adopters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_episodes_child_start_idx" ON "care_episodes" USING btree ("child_id","starts_on");--> statement-breakpoint
CREATE INDEX "care_episodes_period_idx" ON "care_episodes" USING btree ("period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_periods_one_open_idx" ON "care_periods" USING btree ("child_id") WHERE "care_periods"."ended_on" is null and not "care_periods"."imported";--> statement-breakpoint
CREATE INDEX "care_periods_child_idx" ON "care_periods" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cla_annual_outcomes_child_year_idx" ON "cla_annual_outcomes" USING btree ("child_id","collection_year");--> statement-breakpoint
CREATE INDEX "cla_reviews_child_idx" ON "cla_reviews" USING btree ("child_id","held_on");--> statement-breakpoint
CREATE INDEX "education_plan_reviews_child_idx" ON "education_plan_reviews" USING btree ("child_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "health_records_child_idx" ON "health_records" USING btree ("child_id","kind","done_on");--> statement-breakpoint
CREATE INDEX "imported_social_worker_episodes_child_idx" ON "imported_social_worker_episodes" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "iro_allocations_one_live_idx" ON "iro_allocations" USING btree ("child_id") WHERE "iro_allocations"."end_date" is null;--> statement-breakpoint
CREATE INDEX "iro_escalations_child_idx" ON "iro_escalations" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "liberty_orders_child_idx" ON "liberty_orders" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "permanence_plans_child_idx" ON "permanence_plans" USING btree ("child_id","decided_on");--> statement-breakpoint
CREATE UNIQUE INDEX "previous_permanence_child_year_idx" ON "previous_permanence" USING btree ("child_id","collection_year");--> statement-breakpoint
CREATE UNIQUE INDEX "ssda903_import_children_idx" ON "ssda903_import_children" USING btree ("import_id","child_id");--> statement-breakpoint
CREATE INDEX "ssda903_import_children_child_idx" ON "ssda903_import_children" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ssda903_imports_hash_idx" ON "ssda903_imports" USING btree ("content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "unregistered_placements_episode_idx" ON "unregistered_placements" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "exploitation_screenings_child_idx" ON "exploitation_screenings" USING btree ("child_id","screened_on");--> statement-breakpoint
CREATE INDEX "missing_episodes_child_idx" ON "missing_episodes" USING btree ("child_id","started_at");--> statement-breakpoint
CREATE INDEX "missing_episodes_open_idx" ON "missing_episodes" USING btree ("started_at") WHERE "missing_episodes"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "return_interviews_episode_idx" ON "return_interviews" USING btree ("missing_episode_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_leaver_outcomes_child_year_idx" ON "care_leaver_outcomes" USING btree ("child_id","collection_year");--> statement-breakpoint
CREATE INDEX "custody_spells_child_idx" ON "custody_spells" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pa_allocations_one_live_idx" ON "pa_allocations" USING btree ("child_id") WHERE "pa_allocations"."end_date" is null;--> statement-breakpoint
CREATE INDEX "pa_allocations_live_pa_idx" ON "pa_allocations" USING btree ("pa_id") WHERE "pa_allocations"."end_date" is null;--> statement-breakpoint
CREATE INDEX "pa_contacts_child_idx" ON "pa_contacts" USING btree ("child_id","contacted_on");--> statement-breakpoint
CREATE INDEX "pf_arrangements_child_idx" ON "private_fostering_arrangements" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "pf_visits_arrangement_idx" ON "private_fostering_visits" USING btree ("arrangement_id","visited_on");--> statement-breakpoint
CREATE INDEX "adoption_decisions_child_idx" ON "adoption_decisions" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "adoptions_child_idx" ON "adoptions" USING btree ("child_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_kind_check" CHECK ("plans"."kind" in ('CIN', 'CP', 'CARE', 'PATHWAY', 'PLACEMENT'));--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_kind_check" CHECK ("visits"."kind" in ('CP', 'CIN', 'CLA'));